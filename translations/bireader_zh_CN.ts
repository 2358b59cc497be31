<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bireader::Cedict</name>
    <message>
        <source>%1: no dictionary entries in CC-CEDICT format found</source>
        <translation>%1：未找到 CC-CEDICT 格式的词条</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>bireader::Commands</name>
    <message>
        <source>Apply term</source>
        <translation>应用术语</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>修改译文</translation>
    </message>
    <message>
        <source>Revert translation</source>
        <translation>恢复译文</translation>
    </message>
    <message>
        <source>Mark as not part of the text</source>
        <translation>标记为非正文</translation>
    </message>
    <message>
        <source>Mark as part of the text</source>
        <translation>标记为正文</translation>
    </message>
    <message>
        <source>Change glossary</source>
        <translation>修改术语表</translation>
    </message>
    <message>
        <source>Add to vocabulary</source>
        <translation>加入生词本</translation>
    </message>
    <message>
        <source>Remove from vocabulary</source>
        <translation>从生词本删除</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>接受检查结果</translation>
    </message>
    <message>
        <source>Reopen finding</source>
        <translation>重新打开检查结果</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Move sentence to next segment</source>
        <translation>将句子移到下一段</translation>
    </message>
    <message>
        <source>Move sentence to previous segment</source>
        <translation>将句子移到上一段</translation>
    </message>
    <message>
        <source>Include all set aside</source>
        <translation>全部重新纳入</translation>
    </message>
    <message>
        <source>Re-align links</source>
        <translation>重新对齐链接</translation>
    </message>
    <message>
        <source>Link sentences</source>
        <translation>链接句子</translation>
    </message>
    <message>
        <source>Unlink sentence</source>
        <translation>取消句子链接</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>确认链接</translation>
    </message>
    <message>
        <source>Unconfirm link</source>
        <translation>取消确认链接</translation>
    </message>
    <message>
        <source>Confirm the translation</source>
        <translation>确认译文</translation>
    </message>
    <message>
        <source>Unconfirm the translation</source>
        <translation>取消确认译文</translation>
    </message>
    <message>
        <source>Change the attached glossaries</source>
        <translation>更改附加的术语表</translation>
    </message>
</context>
<context>
    <name>bireader::Csv</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation>从第 %1 行开始的引号字段没有结束</translation>
    </message>
</context>
<context>
    <name>bireader::Encoding</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>invalid %1 text after its byte-order mark</source>
        <translation>字节顺序标记后的 %1 文本无效</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>不是文本文件（含有二进制数据）</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised (not UTF-8, UTF-16, GB18030, Big5 or another known encoding)</source>
        <translation>无法识别文本编码（不是 UTF-8、UTF-16、GB18030、Big5 或其他已知编码）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MB</source>
        <translation>文件超过 %1 MB 的上限</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s) that are not valid UTF-8 shown as � (line %2)</source>
        <translation>
            <numerusform>%1：%n 个不是有效 UTF-8 的字节显示为 �（第 %2 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) not in UTF-8 like the rest, read as %2 (line %3)</source>
        <translation>
            <numerusform>%1：%n 行与其余部分不同，不是 UTF-8，已按 %2 读取（第 %3 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bireader::EpubReader</name>
    <message>
        <source>%1: not an EPUB book (not a zip archive: %2)</source>
        <translation>%1：不是 EPUB 电子书（不是 zip 压缩包：%2）</translation>
    </message>
    <message>
        <source>%1: unsafe path in the archive: %2</source>
        <translation>%1：压缩包中有不安全的路径：%2</translation>
    </message>
    <message>
        <source>%1: the book does not contain %2</source>
        <translation>%1：书中没有 %2</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read</source>
        <translation>%1：无法读取 %2</translation>
    </message>
    <message>
        <source>%1: %2 is damaged</source>
        <translation>%1：%2 已损坏</translation>
    </message>
    <message>
        <source>%1: %2 is larger than the limit of %3 MB uncompressed (a zip bomb?)</source>
        <translation>%1：%2 解压后超过 %3 MB 的上限（压缩炸弹？）</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation>%1：文件超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>%1: not an EPUB book (no package file named in META-INF/container.xml)</source>
        <translation>%1：不是 EPUB 电子书（META-INF/container.xml 中没有指明包文件）</translation>
    </message>
    <message>
        <source>%1: the package file %2 is not valid XML (%3)</source>
        <translation>%1：包文件 %2 不是有效的 XML（%3）</translation>
    </message>
    <message>
        <source>%1: the book has no spine (no chapters in reading order)</source>
        <translation>%1：书中没有 spine（没有按阅读顺序排列的章节）</translation>
    </message>
    <message>
        <source>%1: the spine names %2, which the manifest does not list</source>
        <translation>%1：spine 中列出的 %2 不在 manifest 中</translation>
    </message>
    <message>
        <source>%1: the book&apos;s chapters hold no text</source>
        <translation>%1：书中各章节没有文本</translation>
    </message>
    <message>
        <source>%1: the book&apos;s files add up to more than the limit of %2 MB uncompressed (a zip bomb?)</source>
        <translation>%1：书中文件解压后总计超过 %2 MB 的上限（压缩炸弹？）</translation>
    </message>
</context>
<context>
    <name>bireader::Export</name>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>释义</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>语境</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>## Segment %1</source>
        <translation>## 第 %1 段</translation>
    </message>
    <message>
        <source>## Vocabulary</source>
        <translation>## 生词</translation>
    </message>
</context>
<context>
    <name>bireader::FileChecks</name>
    <message>
        <source>a loop of symbolic links</source>
        <translation>符号链接形成了循环</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>这是一个目录，不是文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a FIFO, a device or a socket)</source>
        <translation>不是普通文件（是 FIFO、设备或套接字）</translation>
    </message>
    <message>
        <source>%1: the same file as %2, an input or the open project; nothing was written</source>
        <translation>%1：与 %2 是同一个文件（输入文件或已打开的项目）；未写入任何内容</translation>
    </message>
    <message>
        <source>%1: the file exists already; it was not overwritten (use --force to replace it)</source>
        <translation>%1：文件已存在；未覆盖（用 --force 替换）</translation>
    </message>
    <message>
        <source>%1: a database (a Bireader project or word list) is there already; it was not overwritten (use --force to replace it)</source>
        <translation>%1：该位置已有一个数据库（Bireader 项目或词表）；未覆盖（使用 --force 替换）</translation>
    </message>
    <message>
        <source>%1: SQLite&apos;s journal or the lock of %2 has that name; nothing was written</source>
        <translation>%1：这是 %2 的 SQLite 日志文件或锁文件的名字；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>bireader::FindingKind</name>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>译法不一致</translation>
    </message>
    <message>
        <source>Untranslated text</source>
        <translation>未翻译的文本</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Missing translations</source>
        <translation>缺少译文</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Unpaired brackets and quotes</source>
        <translation>未配对的括号和引号</translation>
    </message>
    <message>
        <source>Repeated words</source>
        <translation>重复的词</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Web and e-mail addresses</source>
        <translation>网址和电子邮件地址</translation>
    </message>
    <message>
        <source>Tags and placeholders</source>
        <translation>标签和占位符</translation>
    </message>
</context>
<context>
    <name>bireader::Glossary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not valid TBX (line %2: %3)</source>
        <translation>%1：不是有效的 TBX（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: no term entries found (is it TBX?)</source>
        <translation>%1：未找到术语条目（是 TBX 文件吗？）</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation>%1：文件超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>%1: unknown glossary format (use .csv, .tsv or .tbx)</source>
        <translation>%1：未知的术语表格式（请使用 .csv、.tsv 或 .tbx）</translation>
    </message>
    <message>
        <source>%1: no row has a translation; a glossary has a term and its translation on each row, separated by a comma or a tab</source>
        <translation>%1：没有任何一行带有译文；术语表每行应有术语及其译文，以逗号或制表符分隔</translation>
    </message>
</context>
<context>
    <name>bireader::HtmlReader</name>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation>%1：文件超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>%1: not an HTML page</source>
        <translation>%1：不是 HTML 网页</translation>
    </message>
    <message>
        <source>%1: the page holds no article text</source>
        <translation>%1：网页中没有正文</translation>
    </message>
    <message>
        <source>%1: elements nested deeper than %2 levels</source>
        <translation>%1：元素嵌套超过 %2 层</translation>
    </message>
</context>
<context>
    <name>bireader::Import</name>
    <message>
        <source>one bilingual file, or a source and its translation</source>
        <translation>一个双语文件，或一篇原文及其译文</translation>
    </message>
    <message>
        <source>%1: more than %2 paragraphs or lines, the limit</source>
        <translation>%1：超过 %2 个段落或行的上限</translation>
    </message>
    <message>
        <source>%1: the file holds no text</source>
        <translation>%1：文件中没有文本</translation>
    </message>
    <message>
        <source>%1: the file is larger than the limit of %2 MB</source>
        <translation>%1：文件超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>Bilingual texts (%1);;All files (*)</source>
        <translation>双语文本 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>pasted translation</source>
        <translation>粘贴的译文</translation>
    </message>
</context>
<context>
    <name>bireader::InterleavedReader</name>
    <message>
        <source>%1: more than %2 paragraphs, the limit</source>
        <translation>%1：超过 %2 个段落的上限</translation>
    </message>
    <message>
        <source>%1: the file holds no text</source>
        <translation>%1：文件中没有文本</translation>
    </message>
    <message>
        <source>%1: only one language found (%2 script); an interleaved file needs paragraphs in two languages written in different scripts</source>
        <translation>%1：只找到一种语言（%2 文字）；双语对照文件需要两种用不同文字书写的语言段落</translation>
    </message>
</context>
<context>
    <name>bireader::Links</name>
    <message>
        <source>no segment %1</source>
        <translation>没有第 %1 段</translation>
    </message>
    <message>
        <source>segment %1 holds a correction: its links are the machine translation&apos;s; revert it to change them</source>
        <translation>第 %1 段已有修改译文：其链接属于机器翻译；要更改链接，请先恢复原译文</translation>
    </message>
    <message>
        <source>segment %1 has no such sentences</source>
        <translation>第 %1 段没有这些句子</translation>
    </message>
</context>
<context>
    <name>bireader::ProjectLock</name>
    <message>
        <source>%1: the project is open in %2 (process %3); close it there first</source>
        <translation>%1：项目已在 %2 中打开（进程 %3）；请先在那里关闭</translation>
    </message>
    <message>
        <source>%1: the lock file %2 cannot be created (permission denied: the folder is read-only to you); the project cannot be changed</source>
        <translation>%1：无法创建锁文件 %2（权限不足：该文件夹对你是只读的）；无法修改此项目</translation>
    </message>
    <message>
        <source>%1: the lock file %2 cannot be created: no space left on device</source>
        <translation>%1：无法创建锁文件 %2：设备上没有剩余空间</translation>
    </message>
    <message>
        <source>%1: the lock file %2 cannot be created</source>
        <translation>%1：无法创建锁文件 %2</translation>
    </message>
</context>
<context>
    <name>bireader::ProjectStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>未安装 Qt 的 SQLite 驱动（Debian：libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>the project is read-only; the change was not saved</source>
        <translation>项目是只读的；修改未保存</translation>
    </message>
    <message>
        <source>cannot be written: it is not a regular file</source>
        <translation>无法写入：不是普通文件</translation>
    </message>
    <message>
        <source>cannot be written (rename failed)</source>
        <translation>无法写入（重命名失败）</translation>
    </message>
    <message>
        <source>not a Bireader project (not an SQLite database); the file was not changed</source>
        <translation>不是 Bireader 项目（不是 SQLite 数据库）；文件未被改动</translation>
    </message>
    <message>
        <source>the project file is damaged (%1); it was not changed</source>
        <translation>项目文件已损坏（%1）；文件未被改动</translation>
    </message>
    <message>
        <source>not a Bireader project (an SQLite database without Bireader&apos;s tables); the file was not changed</source>
        <translation>不是 Bireader 项目（SQLite 数据库中没有 Bireader 的表）；文件未被改动</translation>
    </message>
    <message>
        <source>made by a newer version of Bireader (project format %1, this version reads up to %2); the file was not changed</source>
        <translation>由更新版本的 Bireader 创建（项目格式 %1，本版本最高支持 %2）；文件未被改动</translation>
    </message>
    <message>
        <source>an older project format that needs updating, but the file is read-only</source>
        <translation>项目格式较旧需要升级，但文件是只读的</translation>
    </message>
    <message>
        <source>cannot make a backup before updating the project format</source>
        <translation>升级项目格式前无法创建备份</translation>
    </message>
    <message>
        <source>cannot update the project format: %1 (a backup is at %2)</source>
        <translation>无法升级项目格式：%1（备份位于 %2）</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>a read or write failed (%1)</source>
        <translation>读写失败（%1）</translation>
    </message>
    <message>
        <source>the project file is incomplete or damaged (%1)</source>
        <translation>项目文件不完整或已损坏（%1）</translation>
    </message>
    <message>
        <source>the file holds a %1 that Bireader does not make; it was not opened (a project holds tables only)</source>
        <translation>文件中含有 Bireader 不会创建的 %1；未打开（项目中只应有表）</translation>
    </message>
    <message>
        <source>segment %1 is not in the file; the change was not saved</source>
        <translation>文件中没有第 %1 段；更改未保存</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot be read while its disk is full (no space left on device); free some space and try again</source>
        <translation>磁盘已满时无法读取（设备上没有剩余空间）；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>%1: read as it is and read-only: a write that failed for want of space left SQLite&apos;s files beside it (free some space to edit)</source>
        <translation>%1：按原样以只读方式读取：一次因空间不足而失败的写入在其旁边留下了 SQLite 的文件（释放一些空间后即可编辑）</translation>
    </message>
    <message>
        <source>%1: segment %2 held %3; it is shown as one link (re-align it to link its sentences again)</source>
        <translation>%1：第 %2 段含有%3；现显示为一个链接（重新对齐即可再次链接其句子）</translation>
    </message>
</context>
<context>
    <name>bireader::Qa</name>
    <message>
        <source>translated differently in segment %1: %2</source>
        <translation>在第 %1 段中译法不同：%2</translation>
    </message>
    <message>
        <source>%1 is rendered as %2 here but as %3 in %4 other segments</source>
        <translation>%1 在此译作 %2，在另外 %4 段中译作 %3</translation>
    </message>
    <message>
        <source>the translation is much shorter than expected (%1 characters where about %2 are usual): truncated?</source>
        <translation>译文比预期短得多（%1 个字符，通常约 %2 个）：是否被截断？</translation>
    </message>
    <message>
        <source>the translation is much longer than expected (%1 characters where about %2 are usual)</source>
        <translation>译文比预期长得多（%1 个字符，通常约 %2 个）</translation>
    </message>
    <message>
        <source>no translation for this paragraph</source>
        <translation>此段没有译文</translation>
    </message>
    <message>
        <source>a translation without a source paragraph</source>
        <translation>译文没有对应的原文段落</translation>
    </message>
    <message>
        <source>%1 is in the source but not in the translation</source>
        <translation>原文有 %1，译文没有</translation>
    </message>
    <message>
        <source>%1 is in the translation but not in the source</source>
        <translation>译文有 %1，原文没有</translation>
    </message>
    <message>
        <source>%1 is rendered as %2, which the glossary forbids (use %3)</source>
        <translation>%1 译作 %2，术语表禁止此译法（应使用 %3）</translation>
    </message>
    <message>
        <source>%1 should be rendered as %2</source>
        <translation>%1 应译作 %2</translation>
    </message>
    <message>
        <source>the translation is the source text</source>
        <translation>译文就是原文</translation>
    </message>
    <message>
        <source>untranslated source text in the translation: %1</source>
        <translation>译文中有未翻译的原文：%1</translation>
    </message>
    <message>
        <source>%1 in the source, %2 in the translation</source>
        <translation>原文为 %1，译文为 %2</translation>
    </message>
    <message>
        <source>the same translation as segment %1, whose source differs: %2</source>
        <translation>与第 %1 段译文相同，但原文不同：%2</translation>
    </message>
    <message>
        <source>%1 without its partner in the translation</source>
        <translation>译文中的 %1 没有配对</translation>
    </message>
    <message>
        <source>repeated word: %1</source>
        <translation>重复的词：%1</translation>
    </message>
    <message>
        <source>two spaces in a row in the translation</source>
        <translation>译文中有连续两个空格</translation>
    </message>
    <message>
        <source>the source starts with a space, the translation does not</source>
        <translation>原文以空格开头，译文没有</translation>
    </message>
    <message>
        <source>the translation starts with a space, the source does not</source>
        <translation>译文以空格开头，原文没有</translation>
    </message>
    <message>
        <source>the source ends with a space, the translation does not</source>
        <translation>原文以空格结尾，译文没有</translation>
    </message>
    <message>
        <source>the translation ends with a space, the source does not</source>
        <translation>译文以空格结尾，原文没有</translation>
    </message>
    <message>
        <source>the web address %1 is not in the translation</source>
        <translation>译文中没有网址 %1</translation>
    </message>
    <message>
        <source>the web address %1 is not in the source</source>
        <translation>原文中没有网址 %1</translation>
    </message>
    <message>
        <source>the e-mail address %1 is not in the translation</source>
        <translation>译文中没有电子邮件地址 %1</translation>
    </message>
    <message>
        <source>the e-mail address %1 is not in the source</source>
        <translation>原文中没有电子邮件地址 %1</translation>
    </message>
    <message>
        <source>%1 is not in the translation</source>
        <translation>译文中没有 %1</translation>
    </message>
</context>
<context>
    <name>bireader::QaReport</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>segment</source>
        <translation>段</translation>
    </message>
    <message>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
</context>
<context>
    <name>bireader::SafeWrite</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is incomplete</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>the file would be larger than allowed here</source>
        <translation>文件将超过此处允许的大小</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>写入失败</translation>
    </message>
</context>
<context>
    <name>bireader::SegmentCheck</name>
    <message>
        <source>the corrected sentences</source>
        <translation>修改后的句子</translation>
    </message>
    <message>
        <source>sentences outside the text</source>
        <translation>超出文本范围的句子</translation>
    </message>
    <message>
        <source>sentence links to sentences it does not have</source>
        <translation>指向不存在句子的句子链接</translation>
    </message>
</context>
<context>
    <name>bireader::Session</name>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>bireader::SpellChecker</name>
    <message>
        <source>no spelling dictionary for %1 (Debian: apt install hunspell-%1)</source>
        <translation>没有 %1 的拼写词典（Debian：apt install hunspell-%1）</translation>
    </message>
</context>
<context>
    <name>bireader::SubtitleReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: only one language found; a bilingual subtitle file has lines in two scripts</source>
        <translation>%1：只找到一种语言；双语字幕文件应有两种文字的行</translation>
    </message>
    <message>
        <source>%1: only %2 of %3 cues meet a cue of the other file in time; the files may be of different cuts</source>
        <translation>%1：%3 条字幕中只有 %2 条在时间上与另一个文件的字幕重合；两个文件可能来自不同剪辑版本</translation>
    </message>
    <message>
        <source>%1: its times run %2% fast (another frame rate); they are scaled to pair with the other file</source>
        <translation>%1：其时间快了 %2%（另一种帧率）；已按比例缩放以与另一个文件配对</translation>
    </message>
    <message>
        <source>%1: its times run %2% slow (another frame rate); they are scaled to pair with the other file</source>
        <translation>%1：其时间慢了 %2%（另一种帧率）；已按比例缩放以与另一个文件配对</translation>
    </message>
</context>
<context>
    <name>bireader::Subtitles</name>
    <message>
        <source>no subtitle cues found (SRT or WebVTT expected)</source>
        <translation>未找到字幕条目（应为 SRT 或 WebVTT）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>a time that cannot be read (%1); the cue is kept after the one before</source>
        <translation>无法读取的时间（%1）；该字幕保留并排在前一条之后</translation>
    </message>
    <message>
        <source>the cue ends before it starts (%1); its times are swapped</source>
        <translation>字幕的结束时间早于开始时间（%1）；已交换其时间</translation>
    </message>
</context>
<context>
    <name>bireader::TmxReader</name>
    <message>
        <source>%1: not valid TMX (line %2: %3)</source>
        <translation>%1：不是有效的 TMX（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: no translation units found (is it TMX?)</source>
        <translation>%1：未找到翻译单元（是 TMX 文件吗？）</translation>
    </message>
</context>
<context>
    <name>bireader::WordDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot make its folder</source>
        <translation>无法创建其所在文件夹</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>not a word list (%1)</source>
        <translation>不是词表（%1）</translation>
    </message>
    <message>
        <source>the word list is not open</source>
        <translation>词表未打开</translation>
    </message>
    <message>
        <source>not a word list (not an SQLite database); the file was not changed</source>
        <translation>不是词表（不是 SQLite 数据库）；文件未被更改</translation>
    </message>
    <message>
        <source>the file holds a %1 %2 that Bireader does not make; it was not opened</source>
        <translation>文件中含有 Bireader 不会创建的 %1 %2；未打开</translation>
    </message>
    <message>
        <source>not a word list (it holds a table %1: a Bireader project or another program&apos;s database); the file was not changed</source>
        <translation>不是词表（其中含有表 %1：是 Bireader 项目或其他程序的数据库）；文件未被更改</translation>
    </message>
</context>
<context>
    <name>bireader::WordList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: row %2: unknown status &quot;%3&quot; (use new, learning1 to learning4, known, ignored, or 0-5)</source>
        <translation>%1：第 %2 行：未知状态“%3”（可用 new、learning1 至 learning4、known、ignored，或 0-5）</translation>
    </message>
</context>
<context>
    <name>bireader::XliffReader</name>
    <message>
        <source>%1: not valid XLIFF (line %2: %3)</source>
        <translation>%1：不是有效的 XLIFF（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: no translation units found (is it XLIFF?)</source>
        <translation>%1：未找到翻译单元（是 XLIFF 文件吗？）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n &lt;file&gt; element(s) go from %2 to %3, the other way round; their units are shown turned round and are not written back</source>
        <translation>
            <numerusform>%1：%n 个 &lt;file&gt; 元素方向相反，从 %2 到 %3；其单元已调转显示，且不会写回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bireader::Xml</name>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>bireader::reader::ApplyTermDialog</name>
    <message>
        <source>Apply term %1</source>
        <translation>应用术语 %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>In the translation</source>
        <translation>译文中</translation>
    </message>
    <message>
        <source>no rendering found: pick or type</source>
        <translation>未找到译法：请选择或输入</translation>
    </message>
    <message>
        <source>Replace with “%1” in the ticked segments (one undo step). Pick another span or type the one to replace:</source>
        <translation>在勾选的段落中替换为“%1”（一步撤销）。可选择其他片段，或输入要替换的文字：</translation>
    </message>
    <message>
        <source>&lt;i&gt;“%1” is not in this translation&lt;/i&gt;</source>
        <translation>&lt;i&gt;此译文中没有“%1”&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>bireader::reader::FileFilters</name>
    <message>
        <source>Bireader projects (*.bireader)</source>
        <translation>Bireader 项目 (*.bireader)</translation>
    </message>
    <message>
        <source>Projects and bilingual texts (*.bireader %1);;All files (*)</source>
        <translation>项目和双语文本 (*.bireader %1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>bireader::reader::GlossaryDock</name>
    <message>
        <source>Filter terms</source>
        <translation>筛选术语</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.tab *.txt *.tbx)</source>
        <translation>术语表 (*.csv *.tsv *.tab *.txt *.tbx)</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <source>CSV (*.csv);;TSV (*.tsv);;TBX (*.tbx)</source>
        <translation>CSV (*.csv);;TSV (*.tsv);;TBX (*.tbx)</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n terms read</source>
        <translation>
            <numerusform>%1：读取了 %n 个术语</numerusform>
        </translation>
    </message>
    <message>
        <source>To My Glossary</source>
        <translation>加入我的术语表</translation>
    </message>
    <message>
        <source>Copy the selected terms into your glossary, used by every project</source>
        <translation>将所选术语复制到你的术语表（所有项目都会使用）</translation>
    </message>
    <message>
        <source>My glossary</source>
        <translation>我的术语表</translation>
    </message>
    <message>
        <source>select the terms to copy first</source>
        <translation>请先选择要复制的术语</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s) copied to your glossary (%1)</source>
        <translation>
            <numerusform>已将 %n 个术语复制到你的术语表（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n terms read (the file&apos;s languages the other way round)</source>
        <translation>
            <numerusform>%1：已读取 %n 个术语（文件的语言方向相反）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bireader::reader::GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>bireader::reader::HoverPopup</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Use:</source>
        <translation>使用：</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>避免：</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bireader::reader::ImportJob</name>
    <message>
        <source>Importing and aligning %1…</source>
        <translation>正在导入并对齐 %1…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>pasted translation</source>
        <translation>粘贴的译文</translation>
    </message>
</context>
<context>
    <name>bireader::reader::KnownWordsLabel</name>
    <message>
        <source>Known words: the share of the running words you marked known (ignored words left out)</source>
        <translation>已掌握的词：文中词次里您标为已掌握的比例（不计忽略的词）</translation>
    </message>
    <message>
        <source>%1 of the text (%L2 new words)</source>
        <translation>全文 %1（%L2 个生词）</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Known: %1 · %2 here</source>
        <translation>已掌握：%1 · 本段 %2</translation>
    </message>
</context>
<context>
    <name>bireader::reader::LinkEditor</name>
    <message>
        <source>Link across segments</source>
        <translation>跨段落链接</translation>
    </message>
    <message>
        <source>Linked source %1 with translation %2 (confirmed; Ctrl+click adds a sentence, Ctrl+Z undoes)</source>
        <translation>已将原文第 %1 句与译文第 %2 句链接（已确认；Ctrl+单击可追加句子，Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>bireader::reader::MainWindow</name>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质量检查</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>Bireader</source>
        <translation>Bireader</translation>
    </message>
    <message>
        <source>%1 — Bireader</source>
        <translation>%1 — Bireader</translation>
    </message>
    <message>
        <source>Open a bilingual page, a text and its translation, or a project (Ctrl+O)</source>
        <translation>打开双语网页、原文及译文，或项目（Ctrl+O）</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · 只读</translation>
    </message>
    <message>
        <source>Loading dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <source>Dictionary: %L1 words</source>
        <translation>词典：%L1 个词</translation>
    </message>
    <message>
        <source>No dictionary</source>
        <translation>未加载词典</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>已取消导入</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n segments imported; edits are saved as you make them</source>
        <translation>
            <numerusform>已导入 %n 段；修改会随时保存</numerusform>
        </translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Keep your work?</source>
        <translation>保留您的工作吗？</translation>
    </message>
    <message>
        <source>“%1” has no file yet. Save it as a project, or discard it?</source>
        <translation>“%1”还没有保存为文件。保存为项目，还是放弃？</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Nothing to replace</source>
        <translation>没有可替换的内容</translation>
    </message>
    <message>
        <source>Drop one bilingual file, or a text and its translation</source>
        <translation>请拖入一个双语文件，或一篇原文及其译文</translation>
    </message>
    <message>
        <source>Notes as Markdown…</source>
        <translation>笔记（Markdown）…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Notes as HTML page…</source>
        <translation>笔记（HTML 网页）…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Corrected pairs as TMX…</source>
        <translation>修改后的句对（TMX）…</translation>
    </message>
    <message>
        <source>TMX (*.tmx)</source>
        <translation>TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Vocabulary as Anki cards…</source>
        <translation>生词（Anki 卡片）…</translation>
    </message>
    <message>
        <source>CSV for Anki (*.csv)</source>
        <translation>Anki 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Bilingual plain text…</source>
        <translation>双语纯文本…</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Translation only…</source>
        <translation>仅译文…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Bireader</source>
        <translation>关于 Bireader(&amp;A)</translation>
    </message>
    <message>
        <source>About Bireader</source>
        <translation>关于 Bireader</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bireader %1&lt;/b&gt;&lt;p&gt;Read a text next to its translation, look words up, correct the translation and keep notes.&lt;/p&gt;&lt;p&gt;Dictionary data: CC-CEDICT (CC BY-SA 4.0) when you load it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bireader %1&lt;/b&gt;&lt;p&gt;原文与译文对照阅读，查词，修改译文，记笔记。&lt;/p&gt;&lt;p&gt;词典数据：CC-CEDICT（CC BY-SA 4.0），由您加载。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Text and &amp;Translation…</source>
        <translation>打开原文和译文(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Load &amp;Dictionary…</source>
        <translation>加载词典(&amp;D)…</translation>
    </message>
    <message>
        <source>CC-CEDICT dictionaries (*.u8 *.txt);;All files (*)</source>
        <translation>CC-CEDICT 词典 (*.u8 *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tacked Layout</source>
        <translation>上下排列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep Panes in Step</source>
        <translation>两栏同步滚动(&amp;K)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Source &amp;Font…</source>
        <translation>原文字体(&amp;F)…</translation>
    </message>
    <message>
        <source>Translation F&amp;ont…</source>
        <translation>译文字体(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>段落(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>与下一段合并(&amp;M)</translation>
    </message>
    <message>
        <source>Move First Source Sentence to &amp;Previous</source>
        <translation>原文首句移到上一段(&amp;P)</translation>
    </message>
    <message>
        <source>Move Last Source Sentence to &amp;Next</source>
        <translation>原文末句移到下一段(&amp;N)</translation>
    </message>
    <message>
        <source>Move First Translation Sentence to P&amp;revious</source>
        <translation>译文首句移到上一段(&amp;R)</translation>
    </message>
    <message>
        <source>Move Last Translation Sentence to N&amp;ext</source>
        <translation>译文末句移到下一段(&amp;E)</translation>
    </message>
    <message>
        <source>Mark as &amp;Not Part of the Text</source>
        <translation>标记为非正文(&amp;N)</translation>
    </message>
    <message>
        <source>Start Re-align Stretch &amp;Here</source>
        <translation>从此处开始重新对齐(&amp;H)</translation>
    </message>
    <message>
        <source>Re-align Stretch &amp;to Here</source>
        <translation>重新对齐到此处(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;vert Translation</source>
        <translation>恢复原译文(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n unpaired paragraphs set aside as the page&apos;s chrome (Segment &gt; Include All Set Aside)</source>
        <translation>
            <numerusform>%n 个未配对的网页杂项段落已搁置（段落 &gt; 全部重新纳入）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” from %2, %3</source>
        <translation>“%1”，来自 %2，%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Bireader did not close normally. Untitled work was kept: %1. Open it?</source>
        <translation>Bireader 上次未正常关闭。未命名的工作已保留：%1。要打开吗？</translation>
    </message>
    <message>
        <source>Every edit is already in %1</source>
        <translation>所有修改均已保存在 %1 中</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Dictionary Popup</source>
        <translation>词典弹窗(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin Dictionary Popup</source>
        <translation>固定词典弹窗(&amp;P)</translation>
    </message>
    <message>
        <source>Popup D&amp;elay</source>
        <translation>弹窗延迟(&amp;E)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>&amp;Include All Set Aside</source>
        <translation>全部重新纳入(&amp;I)</translation>
    </message>
    <message>
        <source>Aligning the sentence links again…</source>
        <translation>正在重新对齐句子链接…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sentence &amp;Links</source>
        <translation>句子链接(&amp;L)</translation>
    </message>
    <message>
        <source>Click a sentence, then its counterpart, to link them; Ctrl+click adds one; U unlinks, C confirms</source>
        <translation>先单击一个句子，再单击其对应句，即可链接；Ctrl+单击追加句子；U 取消链接，C 确认</translation>
    </message>
    <message>
        <source>&amp;Split Before the Selected Sentence</source>
        <translation>在所选句子前拆分(&amp;S)</translation>
    </message>
    <message>
        <source>Select text in a sentence of the current segment (not its first): the segment is split before that sentence</source>
        <translation>请先在当前段落的某个句子（非第一句）中选择文字：段落将在该句之前拆分</translation>
    </message>
    <message>
        <source>Re-align Links in the &amp;Document</source>
        <translation>重新对齐整个文档的链接(&amp;D)</translation>
    </message>
    <message>
        <source>Re-align &amp;Links in This Segment</source>
        <translation>重新对齐本段的链接(&amp;L)</translation>
    </message>
    <message>
        <source>Re-alignment cancelled</source>
        <translation>已取消重新对齐</translation>
    </message>
    <message>
        <source>Nothing to re-align (corrected or unpaired)</source>
        <translation>没有可重新对齐的内容（已修改或未配对）</translation>
    </message>
    <message numerus="yes">
        <source>Links re-aligned around the confirmed ones in %n segments</source>
        <translation>
            <numerusform>已在 %n 个段落中围绕已确认的链接重新对齐</numerusform>
        </translation>
    </message>
    <message>
        <source>Word &amp;Status</source>
        <translation>词汇状态(&amp;S)</translation>
    </message>
    <message>
        <source>Tint new and learning words; 1-4, 5/K, I, 0 set the status of the word under the pointer, N goes to the next one</source>
        <translation>为生词和学习中的词着色；1-4、5/K、I、0 设置指针下词语的状态，N 跳到下一个</translation>
    </message>
    <message>
        <source>Word status</source>
        <translation>词汇状态</translation>
    </message>
    <message>
        <source>The word list cannot be opened: %1</source>
        <translation>无法打开词表：%1</translation>
    </message>
    <message>
        <source>Vocabulary as Anki cloze cards…</source>
        <translation>生词（Anki 完形填空卡片）…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard…</source>
        <translation>从剪贴板新建(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reading Mode</source>
        <translation>阅读模式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Both Languages</source>
        <translation>双语对照(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Source Only (Translation Below)</source>
        <translation>仅原文（译文在下方）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Translation Only (Source Below)</source>
        <translation>仅译文（原文在下方）(&amp;T)</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Read from Here</source>
        <translation>从此处朗读(&amp;R)</translation>
    </message>
    <message>
        <source>Read on from the sentence under the pointer, or from the current segment</source>
        <translation>从指针下的句子或当前段落开始朗读</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume</source>
        <translation>暂停或继续(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Read the S&amp;ource</source>
        <translation>朗读原文(&amp;O)</translation>
    </message>
    <message>
        <source>Read the &amp;Translation</source>
        <translation>朗读译文(&amp;T)</translation>
    </message>
    <message>
        <source>Read &amp;Both, Sentence by Sentence</source>
        <translation>逐句朗读原文和译文(&amp;B)</translation>
    </message>
    <message>
        <source>S&amp;low</source>
        <translation>慢速(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快速(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pinyin Above Words</source>
        <translation>在词语上方显示拼音(&amp;P)</translation>
    </message>
    <message>
        <source>Pinyin and &amp;Tones</source>
        <translation>拼音与声调(&amp;T)</translation>
    </message>
    <message>
        <source>Pinyin on &amp;Known Words</source>
        <translation>已掌握的词也显示拼音(&amp;K)</translation>
    </message>
    <message>
        <source>No Tone &amp;Colours</source>
        <translation>不按声调着色(&amp;C)</translation>
    </message>
    <message>
        <source>Tone Colours: &amp;Pleco</source>
        <translation>声调颜色：Pleco(&amp;P)</translation>
    </message>
    <message>
        <source>Tone Colours: &amp;Dummitt</source>
        <translation>声调颜色：Dummitt(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Interleaved (Each Paragraph, Then Its Translation)</source>
        <translation>段落对照(&amp;I)(每段之后是其译文)</translation>
    </message>
    <message>
        <source>Interleaved: S&amp;maller Translation</source>
        <translation>段落对照：译文字号较小(&amp;M)</translation>
    </message>
    <message>
        <source>Interleaved: Translation in &amp;Colour</source>
        <translation>段落对照：译文着色(&amp;C)</translation>
    </message>
    <message>
        <source>Pinyin with Tone &amp;Marks</source>
        <translation>拼音，声调符号(&amp;M)</translation>
    </message>
    <message>
        <source>Pinyin with Tone &amp;Numbers</source>
        <translation>拼音，声调数字(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Zhuyin (Bopomofo)</source>
        <translation>注音符号(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Voice and Speed per Language</source>
        <translation>各语言的语音和语速(&amp;V)</translation>
    </message>
    <message>
        <source>Open a document first</source>
        <translation>请先打开文档</translation>
    </message>
    <message>
        <source>Default Voice</source>
        <translation>默认语音</translation>
    </message>
    <message>
        <source>(no voice for this language)</source>
        <translation>（此语言没有语音）</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢速</translation>
    </message>
    <message>
        <source>Normal Speed</source>
        <translation>正常语速</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>HTML report (*.html);;CSV for a spreadsheet (*.csv)</source>
        <translation>HTML 报告 (*.html);;电子表格用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>QA report</source>
        <translation>质量检查报告</translation>
    </message>
    <message>
        <source>QA report: %1</source>
        <translation>质量检查报告：%1</translation>
    </message>
    <message>
        <source>QA report saved to %1</source>
        <translation>质量检查报告已保存到 %1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source>Segment %1 of %2 (%3) · %4 paired, %5 confirmed · %6 → %7%8</source>
        <translation>第 %1 段，共 %2 段（%3）· %4 段成对，%5 段已确认 · %6 → %7%8</translation>
    </message>
    <message>
        <source>&amp;Confirm and Go to Next</source>
        <translation>确认并转到下一段(&amp;C)</translation>
    </message>
    <message>
        <source>Every segment is confirmed</source>
        <translation>所有段落均已确认</translation>
    </message>
    <message>
        <source>The translation is done: mark it confirmed and go to the next segment waiting</source>
        <translation>译文已完成：标记为已确认，并转到下一个待确认的段落</translation>
    </message>
    <message>
        <source>&amp;Unconfirm</source>
        <translation>取消确认(&amp;U)</translation>
    </message>
    <message>
        <source>Show &amp;Segments</source>
        <translation>显示段落(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unconfirmed Only</source>
        <translation>仅未确认(&amp;U)</translation>
    </message>
    <message>
        <source>With QA &amp;Findings Only</source>
        <translation>仅有质量检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Corrected Only</source>
        <translation>仅已修改(&amp;C)</translation>
    </message>
    <message>
        <source>Confirmed pairs only as TMX…</source>
        <translation>仅导出已确认的句对为 TMX…</translation>
    </message>
    <message>
        <source>Spelling is off: %1</source>
        <translation>拼写检查已关闭：%1</translation>
    </message>
    <message>
        <source>XLIFF (corrections written back)…</source>
        <translation>XLIFF（写回修改）…</translation>
    </message>
    <message>
        <source>XLIFF (*.xlf *.xliff)</source>
        <translation>XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>New XLIFF 2.0…</source>
        <translation>新建 XLIFF 2.0…</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.tab *.txt *.tbx)</source>
        <translation>术语表 (*.csv *.tsv *.tab *.txt *.tbx)</translation>
    </message>
    <message>
        <source>Attach glossary</source>
        <translation>附加术语表</translation>
    </message>
    <message>
        <source>Glossary not read, its terms are not used: %1</source>
        <translation>术语表未能读取，其术语未被使用：%1</translation>
    </message>
</context>
<context>
    <name>bireader::reader::Minimap</name>
    <message>
        <source>Red: QA findings; orange: no counterpart; yellow: unsure alignment; green: corrected. Click to jump.</source>
        <translation>红色：检查结果；橙色：没有对应文本；黄色：对齐不确定；绿色：已修改。点击可跳转。</translation>
    </message>
</context>
<context>
    <name>bireader::reader::NotesDock</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Notes and highlights</source>
        <translation>笔记与高亮</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>生词本</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
</context>
<context>
    <name>bireader::reader::OtherGlossaries</name>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>认可译法</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Use a glossary file (CSV, TSV, TBX) besides the project&apos;s own; it stays a file, read again when it changes</source>
        <translation>除项目自己的术语表外，再使用一个术语表文件（CSV、TSV、TBX）；它仍是文件，修改后会重新读取</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Also used (the project&apos;s own terms win):</source>
        <translation>同时使用（以项目自己的术语为准）：</translation>
    </message>
    <message>
        <source>Your glossary (every project)</source>
        <translation>你的术语表（所有项目）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n term(s)</source>
        <translation>
            <numerusform>%1 — %n 个术语</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — 无法读取</translation>
    </message>
    <message>
        <source>None: attach a shared glossary file, or keep terms for every project in %1</source>
        <translation>无：可附加共享的术语表文件，或将所有项目通用的术语保存在 %1</translation>
    </message>
</context>
<context>
    <name>bireader::reader::PairDialog</name>
    <message>
        <source>Open source and translation</source>
        <translation>打开原文和译文</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>EPUB book, %1</source>
        <translation>EPUB 电子书，%1</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1（%2），%3，%4</translation>
    </message>
</context>
<context>
    <name>bireader::reader::PasteDialog</name>
    <message>
        <source>New from Text</source>
        <translation>从文本新建</translation>
    </message>
    <message>
        <source>A bilingual text (each paragraph followed by its translation), or the text alone</source>
        <translation>双语文本（每段后接其译文），或仅原文</translation>
    </message>
    <message>
        <source>Its translation, when the text above has none (paste it here)</source>
        <translation>上方文本没有译文时，在此粘贴其译文</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ranslation (optional):</source>
        <translation>译文（可选）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>bireader::reader::QaDock</name>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Apply term…</source>
        <translation>应用术语…</translation>
    </message>
    <message>
        <source>The finding is fine as it is: hide it for good</source>
        <translation>此处没有问题：不再显示</translation>
    </message>
    <message>
        <source>Replace the wrong renderings of this term in every segment</source>
        <translation>在所有段落中替换此术语的错误译法</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Save the findings as a report to send or file (HTML or CSV)</source>
        <translation>将检查结果保存为报告，以便发送或存档（HTML 或 CSV）</translation>
    </message>
</context>
<context>
    <name>bireader::reader::QtSpeechEngine</name>
    <message>
        <source>the speech engine failed (%1)</source>
        <translation>语音引擎出错（%1）</translation>
    </message>
    <message>
        <source>no speech engine is installed (Debian: qt6-speech-speechd-plugin, speech-dispatcher, espeak-ng)</source>
        <translation>未安装语音引擎（Debian：qt6-speech-speechd-plugin、speech-dispatcher、espeak-ng）</translation>
    </message>
    <message>
        <source>the speech engine %1 does not work</source>
        <translation>语音引擎 %1 无法工作</translation>
    </message>
</context>
<context>
    <name>bireader::reader::ReadAloud</name>
    <message>
        <source>Read aloud stopped: %1</source>
        <translation>朗读已停止：%1</translation>
    </message>
    <message>
        <source>Cannot read aloud: %1</source>
        <translation>无法朗读：%1</translation>
    </message>
    <message>
        <source>Read to the end</source>
        <translation>已读到结尾</translation>
    </message>
    <message>
        <source>No voice for %1 or the other language: install one (Debian: espeak-ng)</source>
        <translation>没有 %1 或另一种语言的语音：请安装（Debian：espeak-ng）</translation>
    </message>
    <message>
        <source>No voice for %1: skipped</source>
        <translation>没有 %1 的语音：已跳过</translation>
    </message>
</context>
<context>
    <name>bireader::reader::ReaderPane</name>
    <message>
        <source>Ctrl+click to open in the browser</source>
        <translation>Ctrl+单击在浏览器中打开</translation>
    </message>
</context>
<context>
    <name>bireader::reader::ReaderView</name>
    <message>
        <source>(no counterpart)</source>
        <translation>（无对应内容）</translation>
    </message>
</context>
<context>
    <name>bireader::reader::SearchDock</name>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Find in both languages</source>
        <translation>在两种语言中查找</translation>
    </message>
    <message>
        <source>Replace in translations with</source>
        <translation>在译文中替换为</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Source only</source>
        <translation>仅原文</translation>
    </message>
    <message>
        <source>Translation only</source>
        <translation>仅译文</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>%1 %2: …%3…</source>
        <translation>%1 %2：…%3…</translation>
    </message>
    <message>
        <source>source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>将“%1”替换为“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n translations changed</source>
        <translation>
            <numerusform>已修改 %n 段译文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bireader::reader::SegmentActions</name>
    <message>
        <source>“%1” added to the vocabulary</source>
        <translation>“%1”已加入生词本</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>Mark the start of the stretch first, then re-align from its end</source>
        <translation>请先标记要重新对齐的起点，再在终点处重新对齐</translation>
    </message>
    <message>
        <source>Segment %1 holds a correction: re-alignment would set it aside; revert it first</source>
        <translation>第 %1 段有修改，重新对齐会丢弃它；请先恢复</translation>
    </message>
    <message>
        <source>Nothing to re-align between segments %1 and %2</source>
        <translation>第 %1 段与第 %2 段之间没有可重新对齐的内容</translation>
    </message>
    <message>
        <source>Re-align segments %1–%2</source>
        <translation>重新对齐第 %1–%2 段</translation>
    </message>
    <message>
        <source>Segments %1–%2 re-aligned into %3</source>
        <translation>第 %1–%2 段已重新对齐为 %3 段</translation>
    </message>
    <message>
        <source>Add “%1” to glossary…</source>
        <translation>将“%1”加入术语表…</translation>
    </message>
    <message>
        <source>Add to glossary…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <source>Add to vocabulary</source>
        <translation>加入生词本</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Merge with next segment</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <source>Split segment before this sentence</source>
        <translation>在此句前拆分段落</translation>
    </message>
    <message>
        <source>Mark as part of the text</source>
        <translation>标记为正文</translation>
    </message>
    <message>
        <source>Mark as not part of the text</source>
        <translation>标记为非正文</translation>
    </message>
    <message>
        <source>Start a stretch to re-align here</source>
        <translation>从此处开始重新对齐</translation>
    </message>
    <message>
        <source>Re-align stretch (mark its start first)</source>
        <translation>重新对齐（请先标记起点）</translation>
    </message>
    <message>
        <source>Revert to the original translation</source>
        <translation>恢复原译文</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Add note on the selection…</source>
        <translation>为所选内容添加笔记…</translation>
    </message>
    <message>
        <source>Add note on the segment…</source>
        <translation>为本段添加笔记…</translation>
    </message>
    <message>
        <source>A stretch to re-align starts at segment %1 (marked in the margin); go to where it ends and choose Re-align Stretch to Here</source>
        <translation>重新对齐的范围从第 %1 段开始（已在页边标出）；请转到范围结束处，选择“重新对齐到此处”</translation>
    </message>
    <message>
        <source>Segment %1 holds links you confirmed, which pairing the paragraphs again would lose: use Segment &gt; Re-align Links, which keeps them</source>
        <translation>第 %1 段有您确认过的链接，重新配对段落会丢失它们：请使用“段落 &gt; 重新对齐链接”，它会保留这些链接</translation>
    </message>
    <message>
        <source>Move first source sentence to previous segment</source>
        <translation>将原文第一句移到上一段</translation>
    </message>
    <message>
        <source>Move first translation sentence to previous segment</source>
        <translation>将译文第一句移到上一段</translation>
    </message>
    <message>
        <source>Move last source sentence to next segment</source>
        <translation>将原文最后一句移到下一段</translation>
    </message>
    <message>
        <source>Move last translation sentence to next segment</source>
        <translation>将译文最后一句移到下一段</translation>
    </message>
</context>
<context>
    <name>bireader::reader::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>下一段</translation>
    </message>
    <message>
        <source>J, Down</source>
        <translation>J、下箭头</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>上一段</translation>
    </message>
    <message>
        <source>K, Up</source>
        <translation>K、上箭头</translation>
    </message>
    <message>
        <source>Page down / up</source>
        <translation>向下 / 向上翻页</translation>
    </message>
    <message>
        <source>Space, Page Down / Page Up</source>
        <translation>空格、Page Down / Page Up</translation>
    </message>
    <message>
        <source>First / last segment</source>
        <translation>第一段 / 最后一段</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Copy the selection (it may span segments)</source>
        <translation>复制所选内容（可跨段落）</translation>
    </message>
    <message>
        <source>Clear the selection; let a pinned dictionary popup go</source>
        <translation>取消选择；松开已固定的词典弹窗</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Pin the dictionary popup while it shows</source>
        <translation>词典弹窗显示时将其固定</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Open a web address in the text</source>
        <translation>打开文中的网址</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+单击</translation>
    </message>
    <message>
        <source>Select a word</source>
        <translation>选中一个词</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>bireader::reader::StartPage</name>
    <message>
        <source>&lt;h2&gt;Bireader&lt;/h2&gt;&lt;p&gt;Read a text next to its translation: a bilingual web page, a text and its translation, an EPUB, subtitles, TMX or XLIFF.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bireader&lt;/h2&gt;&lt;p&gt;对照阅读原文与译文：双语网页、原文及其译文、EPUB、字幕、TMX 或 XLIFF。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open Text and Translation…</source>
        <translation>打开原文和译文…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing opened yet. Drop a file here, or use Open.</source>
        <translation>还没有打开过文件。可将文件拖到这里，或点“打开”。</translation>
    </message>
</context>
<context>
    <name>bireader::reader::TermDialog</name>
    <message>
        <source>Add to glossary</source>
        <translation>加入术语表</translation>
    </message>
    <message>
        <source>approved translations, separated by /</source>
        <translation>认可的译法，用 / 分隔</translation>
    </message>
    <message>
        <source>renderings to avoid, separated by /</source>
        <translation>应避免的译法，用 / 分隔</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避免</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>bireader::reader::TranslationEditor</name>
    <message>
        <source>Revert to the original</source>
        <translation>恢复原译文</translation>
    </message>
    <message>
        <source>Type your translation here; the original stays beside it.</source>
        <translation>在此输入您的译文；原译文保留在旁边。</translation>
    </message>
    <message>
        <source>Your translation</source>
        <translation>您的译文</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Segment %1 of %2</source>
        <translation>第 %1 段，共 %2 段</translation>
    </message>
    <message>
        <source> · corrected</source>
        <translation> · 已修改</translation>
    </message>
    <message>
        <source> · not part of the text</source>
        <translation> · 不属于正文</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changes.&lt;/i&gt;</source>
        <translation>&lt;i&gt;没有修改。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source> · confirmed</source>
        <translation> · 已确认</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>（没有建议）</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
</context>
<context>
    <name>bireader::reader::WordStatusView</name>
    <message>
        <source>new</source>
        <translation>生词</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>learning %1</source>
        <translation>学习中 %1</translation>
    </message>
    <message>
        <source>Word status: 1-4 learning, 5 or K known, I ignore, 0 new again (the word under the pointer); N the next new or learning word</source>
        <translation>词汇状态：1-4 学习中，5 或 K 已掌握，I 忽略，0 重设为生词（作用于指针下的词）；N 跳到下一个生词或学习中的词</translation>
    </message>
    <message>
        <source>no word here</source>
        <translation>此处没有词</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 — 1-4 learning, 5/K known, I ignore, 0 new, N next</source>
        <translation>%1：%2 — 1-4 学习中，5/K 已掌握，I 忽略，0 生词，N 下一个</translation>
    </message>
    <message>
        <source>No new or learning word after this one</source>
        <translation>此后没有生词或学习中的词</translation>
    </message>
    <message>
        <source>%1: %2 (1-4, 5/K, I, 0)</source>
        <translation>%1：%2（1-4、5/K、I、0）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Side-by-side bilingual reader: a bilingual page, a text and its translation, or a project.</source>
        <translation>双语对照阅读器：双语网页、原文及译文，或项目。</translation>
    </message>
    <message>
        <source>A project or bilingual file.</source>
        <translation>项目或双语文件。</translation>
    </message>
    <message>
        <source>Dictionary in CC-CEDICT format.</source>
        <translation>CC-CEDICT 格式的词典。</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
</context>
</TS>
