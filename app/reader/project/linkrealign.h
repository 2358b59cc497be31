#pragma once

#include <functional>

class QWidget;

namespace bireader {
class Dictionary;
class ProjectDocument;
} // namespace bireader

namespace bireader::reader {

// Re-aligns the sentence links of segments [first, first + count) around the confirmed
// ones off the GUI thread, with a progress dialog that can cancel (the window waits: the
// document does not change meanwhile). The new links are one undo step. `done` gets the
// number of segments re-aligned, or -1 when cancelled.
void realignLinksInBackground(QWidget *parent, ProjectDocument *document, const Dictionary *dictionary, int first,
                              int count, std::function<void(int)> done);

} // namespace bireader::reader
