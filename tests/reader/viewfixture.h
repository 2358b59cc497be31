#pragma once

// A reading view over the reader fixture (fixture.h) with the test dictionary, shown: what
// the view-level widget tests start from.
#include "edit/projectdocument.h"
#include "fixture.h"
#include "glossary/cedictreader.h"
#include "view/readerview.h"

#include <QTest>

namespace bireader::testing {

inline bool loadTestDictionary(Dictionary &dict)
{
    return loadCedictFile(QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8"), dict).ok();
}

// `times` copies of the fixture's five segments in a 900x420 view, looked up in `dict`.
inline std::pair<std::unique_ptr<ProjectDocument>, std::unique_ptr<reader::ReaderView>>
shownReaderView(int times, const Dictionary &dict)
{
    auto doc = std::make_unique<ProjectDocument>(readerProject(times));
    auto view = std::make_unique<reader::ReaderView>();
    view->resize(900, 420);
    view->setDocument(doc.get());
    view->setLookup(std::make_shared<HoverLookup>(&dict, doc->data().glossary));
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("the view was not exposed");
    return { std::move(doc), std::move(view) };
}

// A test over a shown reading view, made again for each test function.
class ShownViewTest : public QObject
{
protected:
    Dictionary m_dict;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<reader::ReaderView> m_view;

    bool loadDictionary() { return loadTestDictionary(m_dict); }
    void showView(int times = 1)
    {
        auto [doc, view] = shownReaderView(times, m_dict);
        m_doc = std::move(doc);
        m_view = std::move(view);
    }
    void dropView()
    {
        m_view.reset();
        m_doc.reset();
    }
};

} // namespace bireader::testing
