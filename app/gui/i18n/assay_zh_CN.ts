<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerEditor</name>
    <message>
        <source>That label is no longer in the schema.</source>
        <translation>该标签已不在标注体系中。</translation>
    </message>
    <message>
        <source>“%1” is deprecated; choose another label.</source>
        <translation>“%1”已停用，请选择其他标签。</translation>
    </message>
    <message>
        <source>“%1” is a group; choose one of its sub-labels.</source>
        <translation>“%1”是标签分组，请选择它下面的子标签。</translation>
    </message>
    <message>
        <source>This field does not take labels from a list.</source>
        <translation>该字段不使用列表中的标签。</translation>
    </message>
    <message>
        <source>Choose “%1”</source>
        <translation>选择“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>This field does not take spans.</source>
        <translation>该字段不标注文本片段。</translation>
    </message>
    <message>
        <source>Select some text first (Shift+arrow keys or the mouse), then press the label&apos;s key.</source>
        <translation>请先选中一段文字（Shift+方向键或鼠标），再按标签的快捷键。</translation>
    </message>
    <message>
        <source>“%1” overlaps the span “%2” (%3), and spans in “%4” may not overlap. Remove or change that span first: put the cursor in it and press Delete, or press another label&apos;s key.</source>
        <translation>“%1”与片段“%2”（%3）重叠，而“%4”中的片段不允许重叠。请先移除或修改那个片段：把光标放在其中按 Delete，或按另一个标签的快捷键。</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>将“%1”标为%2</translation>
    </message>
    <message>
        <source>There is no span there.</source>
        <translation>此处没有片段。</translation>
    </message>
    <message>
        <source>Change “%1” to %2</source>
        <translation>将“%1”改为%2</translation>
    </message>
    <message>
        <source>Remove span “%1”</source>
        <translation>移除片段“%1”</translation>
    </message>
</context>
<context>
    <name>assay::gui::AnnotateView</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一条</translation>
    </message>
    <message>
        <source>The item before this one (Alt+Left)</source>
        <translation>回到上一条数据（Alt+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一条 ▶</translation>
    </message>
    <message>
        <source>Leave this item as it is (Alt+Right)</source>
        <translation>不做修改，前往下一条（Alt+→）</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Take this item out of your queue, with a reason (Ctrl+K)</source>
        <translation>说明原因后将此条移出你的任务队列（Ctrl+K）</translation>
    </message>
    <message>
        <source>Enter submits · Ctrl+Z undoes · Ctrl+PgDown next field</source>
        <translation>Enter 提交 · Ctrl+Z 撤销 · Ctrl+PgDown 下一个字段</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Store the answer and go to the next item (Enter, Ctrl+Enter)</source>
        <translation>保存标注结果并进入下一条（Enter、Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>This project has no fields yet.
Add fields and labels to its schema, then come back to label.</source>
        <translation>该项目还没有字段。
请先在标注体系中添加字段和标签，再回来标注。</translation>
    </message>
    <message>
        <source>Choose who you are to start working.</source>
        <translation>请选择你的用户身份后开始工作。</translation>
    </message>
    <message>
        <source>Choose one label. Type to search, ↑↓ to move, Enter to choose.</source>
        <translation>选择一个标签。输入文字搜索，↑↓ 移动，Enter 选定。</translation>
    </message>
    <message>
        <source>Choose any number of labels. Enter or 1–9 adds or removes one.</source>
        <translation>可选择多个标签。Enter 或 1–9 添加或移除。</translation>
    </message>
    <message>
        <source>No label of “%1” has the key “%2”.</source>
        <translation>“%1”中没有快捷键为“%2”的标签。</translation>
    </message>
    <message>
        <source>There is no suggestion %1.</source>
        <translation>没有第 %1 条建议。</translation>
    </message>
    <message>
        <source>Choose a label for “%1” first.</source>
        <translation>请先为“%1”选择标签。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Your queue is empty: nothing more to label for now.
Items handled in this session: %1.</source>
        <translation>任务队列已清空，暂时没有需要标注的数据。
本次已处理：%1 条。</translation>
    </message>
</context>
<context>
    <name>assay::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>assay::gui::CalibrationChart</name>
    <message>
        <source>Calibration error %1</source>
        <translation>校准误差 %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Confidence of the top label</source>
        <translation>首选标签的置信度</translation>
    </message>
    <message>
        <source>Observed accuracy</source>
        <translation>实际准确率</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Perfectly calibrated</source>
        <translation>理想校准</translation>
    </message>
    <message>
        <source>Items per bin</source>
        <translation>各区间数据量</translation>
    </message>
    <message numerus="yes">
        <source>Confidence %1–%2: %n item(s), on average %3 sure, right %4 of the time</source>
        <translation>
            <numerusform>置信度 %1–%2：%n 条数据，平均置信度 %3，实际正确率 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::DataView</name>
    <message>
        <source>Search the text (Enter)</source>
        <translation>搜索正文（Enter）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Indexing the texts for search…</source>
        <translation>正在为搜索建立全文索引…</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items; more load as you scroll</source>
        <translation>显示 %2 条中的 %1 条，滚动时继续加载</translation>
    </message>
    <message>
        <source>Showing the first %1 matching items; more load as you scroll</source>
        <translation>显示前 %1 条匹配结果，滚动时继续加载</translation>
    </message>
    <message>
        <source>Showing %1 matching items; searched through item %2 so far, more load as you scroll</source>
        <translation>显示 %1 条匹配结果；已搜索到第 %2 条数据，滚动时继续加载</translation>
    </message>
</context>
<context>
    <name>assay::gui::EvaluationView</name>
    <message>
        <source>Choose a model version to see how it did.</source>
        <translation>选择一个模型版本，查看它的评估结果。</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Held-out items whose top label is right</source>
        <translation>留出数据中首选标签正确的比例</translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation>前三准确率</translation>
    </message>
    <message>
        <source>Held-out items with the right label among the top three</source>
        <translation>留出数据中正确标签位于前三的比例</translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>F1 averaged over the labels, each label counting the same</source>
        <translation>各标签 F1 的平均值，每个标签权重相同</translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation>校准误差</translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right, averaged over the items (0 is perfect)</source>
        <translation>模型置信度与实际正确率之间的平均差距（0 表示完全一致）</translation>
    </message>
    <message>
        <source>Calibration: is the model as sure as it is right?</source>
        <translation>校准：模型的置信度与实际正确率是否相符？</translation>
    </message>
    <message>
        <source>Coverage at precision</source>
        <translation>指定精确率下的覆盖率</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>The lowest confidence whose labels reach the precision</source>
        <translation>达到该精确率所需的最低置信度</translation>
    </message>
    <message>
        <source>The share of held-out items labelled with at least that confidence</source>
        <translation>留出数据中置信度不低于该阈值的比例</translation>
    </message>
    <message>
        <source>Labels given with at least this confidence are right this often: that share of the items could be accepted without a person.</source>
        <translation>置信度不低于阈值的标签能达到该精确率：这部分数据可以不经人工直接采纳。</translation>
    </message>
    <message>
        <source>Right label</source>
        <translation>正确标签</translation>
    </message>
    <message>
        <source>Model&apos;s label</source>
        <translation>模型标签</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>The evaluation stored with this version cannot be read.</source>
        <translation>无法读取该版本保存的评估结果。</translation>
    </message>
    <message>
        <source>This version was not evaluated: there were too few labelled items to hold some out, or the hold-out share was 0.</source>
        <translation>该版本未经评估：已标注数据太少，无法留出一部分用于评估，或留出比例为 0。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Trained %1 on %2 items; evaluated on %3 items it did not see.</source>
        <translation>%1 用 %2 条数据训练；在 %3 条未参与训练的数据上评估。</translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation>各标签（%1）</translation>
    </message>
    <message>
        <source>Confusions (%1)</source>
        <translation>易混淆标签（%1）</translation>
    </message>
    <message>
        <source>level %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>第 %1 级：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accuracy by level of the taxonomy (is the top label under the right parent?): %1</source>
        <translation>分类体系各级准确率（首选标签是否归在正确的上级分类下）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 items; right %2 of the time</source>
        <translation>%1 条数据，正确率 %2</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a label and where it sits</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>assay::gui::FieldDialog</name>
    <message>
        <source>Add Field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation>编辑字段</translation>
    </message>
    <message>
        <source>e.g. 类别 or entities</source>
        <translation>例如：类别、实体</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Single choice: one label per item</source>
        <translation>单选：每条数据选一个标签</translation>
    </message>
    <message>
        <source>Multiple choice: any number of labels</source>
        <translation>多选：可选任意个标签</translation>
    </message>
    <message>
        <source>Spans: labelled stretches of the text</source>
        <translation>文本片段：标出正文中的片段</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>What annotators are asked, in a sentence</source>
        <translation>用一句话说明要标注员回答什么</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Spans may &amp;overlap</source>
        <translation>片段可以重叠(&amp;O)</translation>
    </message>
    <message>
        <source>Only &amp;leaves of the label tree may be chosen</source>
        <translation>只能选择标签树的末级标签(&amp;L)</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportFilePage</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Items come from JSON Lines, CSV, TSV or plain text files. Choose a file or drop one on this page.</source>
        <translation>可从 JSON Lines、CSV、TSV 或纯文本文件导入数据。请选择文件，或将文件拖放到此页。</translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>将文件拖放到这里</translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Item files (*.jsonl *.ndjson *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>数据文件 (*.jsonl *.ndjson *.json *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>该路径下没有文件。</translation>
    </message>
    <message>
        <source>This is not a file that can be read.</source>
        <translation>这不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 by its extension</source>
        <translation>%1 · %2 · 按扩展名为%3</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportFormatPage</name>
    <message>
        <source>Format and Columns</source>
        <translation>格式与列</translation>
    </message>
    <message>
        <source>How the file is read, and which of its columns hold each item&apos;s text and its id. Every other column is kept as the item&apos;s metadata.</source>
        <translation>设置文件的读取方式，以及哪一列是正文、哪一列是编号。其余各列作为元数据保留。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>JSON Lines (one object per line)</source>
        <translation>JSON Lines（每行一个对象）</translation>
    </message>
    <message>
        <source>CSV (comma-separated, with a header row)</source>
        <translation>CSV（逗号分隔，含表头）</translation>
    </message>
    <message>
        <source>TSV (tab-separated, with a header row)</source>
        <translation>TSV（制表符分隔，含表头）</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation>自动（UTF-8 或 UTF-16）</translation>
    </message>
    <message>
        <source>Files from older Chinese systems are often in GB18030. Any encoding the system knows can be typed in.</source>
        <translation>较早的中文系统导出的文件多为 GB18030 编码。也可以直接输入系统支持的其他编码名称。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>One item per paragraph (blank lines between)</source>
        <translation>每段一条（段落之间空行）</translation>
    </message>
    <message>
        <source>Plain text &amp;items:</source>
        <translation>纯文本分条(&amp;I)：</translation>
    </message>
    <message>
        <source>Remove the spaces print layout puts between Chinese characters</source>
        <translation>去除排版时插入在汉字之间的空格</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation>正文列(&amp;T)：</translation>
    </message>
    <message>
        <source>I&amp;D column:</source>
        <translation>编号列(&amp;D)：</translation>
    </message>
    <message>
        <source>Leave out rows whose text or id is already in the project or earlier in the file</source>
        <translation>跳过正文或编号与项目中已有数据（或文件中前面的行）重复的行</translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation>无法按此方式读取文件：%1</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Automatic: %1, by the file&apos;s extension</source>
        <translation>自动：按文件扩展名为 %1</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportJob</name>
    <message>
        <source>Importing Items</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>正在导入数据…</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportMessages</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>item %1 already in the project</source>
        <translation>项目中已有的数据 %1</translation>
    </message>
    <message>
        <source>duplicate id “%1”: the same id as %2</source>
        <translation>编号“%1”重复：与%2的编号相同</translation>
    </message>
    <message>
        <source>duplicate text: the same as %1</source>
        <translation>正文重复：与%1相同</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2 (is a comma inside a value not quoted?)</source>
        <translation>应有 %1 列，实际 %2 列（是否有含逗号的值没有加引号？）</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>正文为空</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>not valid UTF-8; if the file comes from an older Chinese system, choose the encoding GB18030</source>
        <translation>不是有效的 UTF-8 编码；如果文件来自较早的中文系统，请将编码选为 GB18030</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>there is no column “%1” (the file has: %2); choose the columns on the Format page</source>
        <translation>没有“%1”列（文件中有：%2）；请在“格式与列”页重新选择</translation>
    </message>
    <message>
        <source>the id column “%1” is empty</source>
        <translation>编号列“%1”为空</translation>
    </message>
    <message>
        <source>the id “%1” is missing</source>
        <translation>缺少编号“%1”</translation>
    </message>
    <message>
        <source>the file is empty; a header row was expected</source>
        <translation>文件为空，缺少表头行</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows shown in red have a problem: they stop the import unless you choose to skip them.</source>
        <translation>以下是按当前设置导入后的前几行。红色的行有问题：除非选择跳过，否则导入将不会进行。</translation>
    </message>
    <message>
        <source>The file cannot be imported with these settings: %1</source>
        <translation>按当前设置无法导入该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of %1</source>
        <translation>
            <numerusform>%1 的全部 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1</source>
        <translation>
            <numerusform>%1 的前 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read as %2 in %3.</source>
        <translation>%1，按 %2 格式、%3 编码读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem.</source>
        <translation>
            <numerusform>其中 %n 行有问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import the Good Rows and &amp;Skip the Bad Ones</source>
        <translation>导入正确的行，跳过有问题的行(&amp;S)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Importing the good rows of %1…</source>
        <translation>正在导入 %1 中正确的行…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>已读取 %1 / %2</translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
        <translation>（共 %2 条，显示前 %1 条）</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) were skipped.</source>
        <translation>
            <numerusform>跳过了 %n 行有问题的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) were left out.</source>
        <translation>
            <numerusform>跳过了 %n 条重复数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) were imported all the same; they are listed below.</source>
        <translation>
            <numerusform>有 %n 条重复数据照常导入，详见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below, so nothing was imported. Fix them in the file and import it again, or import the good rows and skip the bad ones.</source>
        <translation>
            <numerusform>有 %n 行存在问题（见下方列表），因此没有导入任何数据。请在文件中修正后重新导入，或者只导入正确的行、跳过有问题的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>重复数据：%1</translation>
    </message>
    <message>
        <source>The items are stored as one batch: all of them, or none if the import stops.</source>
        <translation>数据作为一个批次保存：要么全部导入，要么在中途停止时一条也不导入。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1 (%2, %3) in %4 s.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条数据（%2，%3），用时 %4 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportWizard</name>
    <message>
        <source>Import Items</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemDetailPane</name>
    <message>
        <source>Select an item to see it in full.</source>
        <translation>选择一条数据查看全文。</translation>
    </message>
    <message>
        <source>Nobody has annotated this item yet.</source>
        <translation>还没有人标注这条数据。</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注记录</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>模型 #%1</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 秒</translation>
    </message>
    <message>
        <source>Item %1 · %2 · length %3</source>
        <translation>数据 %1 · %2 · 长度 %3</translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemFlow</name>
    <message>
        <source>There is no item to submit.</source>
        <translation>没有可提交的数据。</translation>
    </message>
    <message>
        <source>This project has no fields yet: add them in the schema before labelling.</source>
        <translation>该项目还没有字段：请先在标注体系中添加字段再开始标注。</translation>
    </message>
    <message>
        <source>Choose a label for “%1” first.</source>
        <translation>请先为“%1”选择标签。</translation>
    </message>
    <message>
        <source>There is no item to skip.</source>
        <translation>没有可跳过的数据。</translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemTableModel</name>
    <message>
        <source>Item</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelFilterEdit</name>
    <message>
        <source>Any label</source>
        <translation>任意标签</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A single key that marks a selection with this label while annotating spans</source>
        <translation>标注片段时，按此键即可把选中的文字标为该标签（单个按键）</translation>
    </message>
    <message>
        <source>&amp;Hotkey:</source>
        <translation>快捷键(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>其他叫法，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>不常用</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Deprecated: kept for old annotations, no longer offered</source>
        <translation>已停用(&amp;D)：保留给历史标注，不再供选择</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>When to choose this label, and when not</source>
        <translation>什么情况下选择这个标签，什么情况下不选</translation>
    </message>
    <message>
        <source>&amp;Guideline:</source>
        <translation>标注规范(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Label</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New top-level label</source>
        <translation>新建顶级标签</translation>
    </message>
    <message>
        <source>New label under</source>
        <translation>新建标签，上级为</translation>
    </message>
    <message>
        <source>Choose a label in the tree, or add one.</source>
        <translation>请在标签树中选择一个标签，或新建标签。</translation>
    </message>
    <message>
        <source>Colours are for span fields</source>
        <translation>只有片段字段使用颜色</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between aliases</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelInfoView</name>
    <message>
        <source>Highlight a label to read its guideline here.</source>
        <translation>选中标签后，这里显示它的标注规范。</translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation>英文：%1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>别名：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <source>Rare label</source>
        <translation>不常用标签</translation>
    </message>
    <message>
        <source>Deprecated: no longer to be chosen.</source>
        <translation>已停用：不再供选择。</translation>
    </message>
    <message>
        <source>No guideline has been written for this label.</source>
        <translation>该标签尚未编写标注规范。</translation>
    </message>
    <message>
        <source>Sub-labels: %1</source>
        <translation>子标签：%1 个</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelPicker</name>
    <message>
        <source>Suggestions — press 1–9</source>
        <translation>模型建议 — 按 1–9 选择</translation>
    </message>
    <message>
        <source>Search labels: name, path, pinyin (wyfw), English</source>
        <translation>搜索标签：名称、路径、拼音（wyfw）、英文</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>尚未选择标签</translation>
    </message>
    <message>
        <source>Browse with the arrow keys, or type to search</source>
        <translation>用方向键浏览，或输入文字搜索</translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>没有与“%1”匹配的标签</translation>
    </message>
    <message>
        <source>The first %1 matching labels</source>
        <translation>前 %1 个匹配的标签</translation>
    </message>
    <message>
        <source>Choose one of the sub-labels of “%1”</source>
        <translation>请选择“%1”下的子标签</translation>
    </message>
    <message>
        <source>Matching labels: %1</source>
        <translation>匹配的标签：%1 个</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelScoreModel</name>
    <message>
        <source>Held-out items with this label: %1. The model gave it to %2, rightly to %3.</source>
        <translation>留出数据中属于该标签的有 %1 条；模型给出该标签 %2 条，其中正确 %3 条。</translation>
    </message>
    <message>
        <source>Of the items the model gave this label, the share that have it</source>
        <translation>模型给出该标签的数据中，确实属于该标签的比例</translation>
    </message>
    <message>
        <source>Of the items that have this label, the share the model found</source>
        <translation>属于该标签的数据中，被模型找出的比例</translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall</source>
        <translation>精确率与召回率的调和平均</translation>
    </message>
    <message>
        <source>Held-out items that have this label</source>
        <translation>留出数据中属于该标签的条数</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>所属分类</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>样本数</translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelTreeModel</name>
    <message>
        <source>rare</source>
        <translation>不常用</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n 个别名</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>assay::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>assay::gui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>&amp;Find Label</source>
        <translation>查找标签(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Item &amp;Details</source>
        <translation>数据详情(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Submit and Next</source>
        <translation>提交并下一条(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>跳过(&amp;K)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一条(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>下一条(&amp;F)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Next Field</source>
        <translation>下一个字段(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous Field</source>
        <translation>上一个字段(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;About Assay</source>
        <translation>关于 Assay(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Queue &amp;Order</source>
        <translation>队列顺序(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import Order</source>
        <translation>按导入顺序(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Least Certain First</source>
        <translation>最不确定的优先(&amp;L)</translation>
    </message>
</context>
<context>
    <name>assay::gui::MainWindow</name>
    <message>
        <source>Assay projects (*.assay)</source>
        <translation>Assay 项目 (*.assay)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>About Assay</source>
        <translation>关于 Assay</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assay %1&lt;/b&gt;&lt;p&gt;Label text with people and a model working together, review it, and export a dataset you can trust.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Assay %1&lt;/b&gt;&lt;p&gt;人与模型协同标注文本，经审核后导出可信的高质量数据集。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Cannot Start the Queue</source>
        <translation>无法开始任务队列</translation>
    </message>
    <message>
        <source>%1[*] — Assay</source>
        <translation>%1[*] — Assay</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>The menus use the new language now; the rest of the window follows when the model&apos;s work has finished and Assay starts again.</source>
        <translation>菜单已切换为新语言；模型的任务结束、Assay 重新启动后，窗口其余部分随之切换。</translation>
    </message>
</context>
<context>
    <name>assay::gui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>assay::gui::MetadataPanel</name>
    <message>
        <source>Item</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Model uncertainty</source>
        <translation>模型不确定度</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>v%1</source>
        <comment>a model version</comment>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelJob</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelMessages</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>“%1” has no labelled items to train on yet. The model learns from items that are accepted or settled (gold): label and accept some first, or choose a file of labelled data.</source>
        <translation>“%1”还没有可用于训练的已标注数据。模型从已采纳或已定为金标准的数据中学习：请先标注并采纳一些数据，或选择一个已标注数据文件。</translation>
    </message>
    <message>
        <source>Too few labels to train “%1”: there are %2 labelled items with %3 different label(s), and training needs at least %4 items with at least %5 different labels. Label and accept more items, or add a file of labelled data.</source>
        <translation>“%1”的标注太少，无法训练：现有 %2 条已标注数据，共 %3 种标签；训练至少需要 %4 条数据、%5 种不同标签。请标注并采纳更多数据，或添加一个已标注数据文件。</translation>
    </message>
    <message>
        <source>“%1” has no trained model yet: train one first.</source>
        <translation>“%1”还没有训练好的模型：请先训练。</translation>
    </message>
    <message>
        <source>Training was cancelled; no version was stored.</source>
        <translation>训练已取消，没有保存新版本。</translation>
    </message>
    <message>
        <source>Trained %1 on %2 items in %3 s: accuracy %4 on %5 held-out items.</source>
        <translation>已训练 %1：%2 条数据，用时 %3 秒；在 %5 条留出数据上准确率 %4。</translation>
    </message>
    <message>
        <source>Trained %1 on %2 items in %3 s; it was not evaluated: too few labelled items to hold some out.</source>
        <translation>已训练 %1：%2 条数据，用时 %3 秒；未评估：已标注数据太少，无法留出评估数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose annotators disagree were left out.</source>
        <translation>
            <numerusform>标注员意见不一致的 %n 条数据未参与训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 items; %2 are left. Pre-label again to continue where it stopped.</source>
        <translation>已在 %1 条后停止，还剩 %2 条。再次预标注将从停止处继续。</translation>
    </message>
    <message>
        <source>Nothing to do: every item has a label from %1.</source>
        <translation>无需处理：所有数据都已有 %1 的标签。</translation>
    </message>
    <message>
        <source>Pre-labelled %1 items with %2 in %3 s (%4 items/s); %5 moved to suggested.</source>
        <translation>已用 %2 预标注 %1 条数据，用时 %3 秒（每秒 %4 条）；%5 条转为“已有建议”。</translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelVersionModel</name>
    <message>
        <source>Imported predictions</source>
        <translation>导入的预测</translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation>用于预标注</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <source>On %1 held-out items</source>
        <translation>在 %1 条留出数据上</translation>
    </message>
    <message>
        <source>Not evaluated: too few labelled items to hold some out</source>
        <translation>未评估：已标注数据太少，无法留出评估数据</translation>
    </message>
    <message>
        <source>Pre-labelling uses this version unless you choose another</source>
        <translation>预标注默认使用此版本，也可另选</translation>
    </message>
    <message>
        <source>Predictions of “%1” imported from a file; there is no model to run</source>
        <translation>从文件导入的“%1”预测结果，没有可运行的模型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已预标注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelView</name>
    <message>
        <source>F&amp;ield:</source>
        <translation>字段(&amp;I)：</translation>
    </message>
    <message>
        <source>Only administrators can train and pre-label; you can look at the models.</source>
        <translation>只有管理员可以训练和预标注；你可以查看模型。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Pre-label</source>
        <translation>预标注</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>This project has no choice fields. The model labels single and multiple choice fields: add one in the schema.</source>
        <translation>本项目没有选择类字段。模型只标注单选和多选字段：请先在标注体系中添加一个。</translation>
    </message>
    <message>
        <source>“%1” has no model yet. Train one: it learns from the items people have labelled and accepted.</source>
        <translation>“%1”还没有模型。训练一个吧：它从人工标注并已采纳的数据中学习。</translation>
    </message>
    <message>
        <source>“%1” has no model yet.</source>
        <translation>“%1”还没有模型。</translation>
    </message>
    <message>
        <source>Training a new version of “%1”…</source>
        <translation>正在训练“%1”的新版本…</translation>
    </message>
    <message>
        <source>Pre-labelling with %1 of “%2”…</source>
        <translation>正在用“%2”的 %1 预标注…</translation>
    </message>
</context>
<context>
    <name>assay::gui::PrelabelForm</name>
    <message>
        <source>&amp;Model version:</source>
        <translation>模型版本(&amp;M)：</translation>
    </message>
    <message>
        <source>How many of the model&apos;s labels each item keeps, most likely first; annotators see them as suggestions.</source>
        <translation>每条数据保留模型给出的几个标签（按可能性从高到低）；标注员会看到这些模型建议。</translation>
    </message>
    <message>
        <source>&amp;Labels per item:</source>
        <translation>每条标签数(&amp;L)：</translation>
    </message>
    <message>
        <source>Margin between the top two labels</source>
        <translation>前两个标签的概率差</translation>
    </message>
    <message>
        <source>Entropy over all labels</source>
        <translation>所有标签的熵</translation>
    </message>
    <message>
        <source>How the model&apos;s doubt about an item is measured, for the queue order Annotate ▸ Queue Order ▸ Least Certain First.</source>
        <translation>如何衡量模型对一条数据的把握程度，用于“标注 ▸ 队列顺序 ▸ 最不确定的优先”。</translation>
    </message>
    <message>
        <source>&amp;Uncertainty:</source>
        <translation>不确定度(&amp;U)：</translation>
    </message>
    <message>
        <source>Pre-la&amp;bel Items</source>
        <translation>预标注数据(&amp;B)</translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation>%1 — 准确率 %2</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>Train a model first: pre-labelling needs one.</source>
        <translation>请先训练模型：预标注需要用到它。</translation>
    </message>
    <message>
        <source>Every item has a label from %1.</source>
        <translation>所有数据都已有 %1 的标签。</translation>
    </message>
    <message>
        <source>%1 will label all %2 items.</source>
        <translation>%1 将标注全部 %2 条数据。</translation>
    </message>
    <message>
        <source>%1 items have no label from %2 yet; pre-labelling continues where it stopped.</source>
        <translation>还有 %1 条数据没有 %2 的标签；预标注将从上次停止处继续。</translation>
    </message>
</context>
<context>
    <name>assay::gui::ProjectTools</name>
    <message>
        <source>&amp;Import Items…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Schema…</source>
        <translation>标注体系(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>Only administrators can import items</source>
        <translation>只有管理员可以导入数据</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>已导入 %n 条数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::QueueHeader</name>
    <message>
        <source>Already submitted: changes make a new version</source>
        <translation>已提交：修改将生成新版本</translation>
    </message>
    <message>
        <source>Item &lt;b&gt;%1&lt;/b&gt; of %2 in your queue</source>
        <translation>任务队列第 &lt;b&gt;%1&lt;/b&gt; 条，共 %2 条</translation>
    </message>
    <message>
        <source>Project: %1 of %2 decided</source>
        <translation>项目进度：已定稿 %1 / %2</translation>
    </message>
    <message>
        <source>Time on this item</source>
        <translation>本条用时</translation>
    </message>
</context>
<context>
    <name>assay::gui::SchemaEditor</name>
    <message>
        <source>single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>文本片段</translation>
    </message>
    <message>
        <source>Schema — %1</source>
        <translation>标注体系 — %1</translation>
    </message>
    <message>
        <source>Only administrators can change the schema; it is shown here read-only.</source>
        <translation>只有管理员可以修改标注体系，此处仅供查看。</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Add &amp;Field…</source>
        <translation>添加字段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Find a label (Enter for the next)</source>
        <translation>查找标签（按 Enter 查找下一个）</translation>
    </message>
    <message>
        <source>Add &amp;Child</source>
        <translation>添加子标签(&amp;C)</translation>
    </message>
    <message>
        <source>Add Si&amp;bling</source>
        <translation>添加同级标签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import Taxonomy…</source>
        <translation>导入分类体系(&amp;I)…</translation>
    </message>
    <message>
        <source>Add labels from a CSV file (one column per level) or a JSON tree</source>
        <translation>从 CSV 文件（每级一列）或 JSON 树导入标签</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The project has no fields yet. Add one to ask something of every item.</source>
        <translation>该项目还没有字段。添加字段，规定每条数据需要标注的内容。</translation>
    </message>
    <message>
        <source>may overlap</source>
        <translation>可重叠</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>不可重叠</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaf/leaves</source>
        <translation>
            <numerusform>%n 个末级标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Added the field “%1”.</source>
        <translation>已添加字段“%1”。</translation>
    </message>
    <message>
        <source>Saved the field “%1”.</source>
        <translation>已保存字段“%1”。</translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation>导入分类体系</translation>
    </message>
    <message>
        <source>Taxonomies (*.csv *.tsv *.json);;All files (*)</source>
        <translation>分类体系 (*.csv *.tsv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 new labels, %3 already there; the field now has %4 leaves.</source>
        <translation>已导入 %1：新增 %2 个标签，%3 个已存在；该字段现有 %4 个末级标签。</translation>
    </message>
    <message>
        <source>No label matches “%1”.</source>
        <translation>没有与“%1”匹配的标签。</translation>
    </message>
</context>
<context>
    <name>assay::gui::SchemaEdits</name>
    <message>
        <source>A hotkey is a single key, such as “p”.</source>
        <translation>快捷键只能是单个按键，例如“p”。</translation>
    </message>
    <message>
        <source>A hotkey must be a visible key, such as “p”.</source>
        <translation>快捷键必须是可见字符，例如“p”。</translation>
    </message>
    <message>
        <source>Digits choose the model&apos;s suggestions while annotating; choose a letter instead.</source>
        <translation>标注时数字键用于选择模型建议，请改用字母键。</translation>
    </message>
    <message>
        <source>“/” moves to the label search while annotating; choose another key.</source>
        <translation>标注时“/”用于跳转到标签搜索，请换一个按键。</translation>
    </message>
    <message>
        <source>The hotkey “%1” is already used by “%2” in this field; choose another key, or first take it away from “%2”.</source>
        <translation>快捷键“%1”已被本字段的“%2”使用。请换一个按键，或先取消“%2”的快捷键。</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>标签必须有名称。</translation>
    </message>
    <message>
        <source>There is already a label “%1” here; choose another name.</source>
        <translation>此处已有标签“%1”，请换一个名称。</translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation>“%1”不是有效的颜色，请写成 #rrggbb 的形式。</translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation>字段必须有名称。</translation>
    </message>
    <message>
        <source>The project already has a field “%1”.</source>
        <translation>项目中已有字段“%1”。</translation>
    </message>
    <message>
        <source>%1: the hotkey “%2” of “%3” is already used by “%4”; nothing was imported.</source>
        <translation>%1：“%3”的快捷键“%2”已被“%4”使用，未导入任何标签。</translation>
    </message>
</context>
<context>
    <name>assay::gui::SkipDialog</name>
    <message>
        <source>Skip Item</source>
        <translation>跳过数据</translation>
    </message>
    <message>
        <source>Why skip this item? It leaves your queue; a reviewer can see the reason.</source>
        <translation>为什么跳过这条数据？它将移出你的任务队列，审核员可以看到原因。</translation>
    </message>
    <message>
        <source>The text is unclear or garbled</source>
        <translation>正文不清楚或有乱码</translation>
    </message>
    <message>
        <source>No label fits</source>
        <translation>没有合适的标签</translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation>需要专家判断</translation>
    </message>
    <message>
        <source>Duplicate of another item</source>
        <translation>与其他数据重复</translation>
    </message>
    <message>
        <source>Not in the project&apos;s language</source>
        <translation>不是本项目的语言</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>assay::gui::SpanFieldPanel</name>
    <message>
        <source>Marked spans</source>
        <translation>已标注的片段</translation>
    </message>
    <message>
        <source>Select text with Shift+arrow keys or the mouse, then press a label&apos;s key. Spans may overlap.</source>
        <translation>用 Shift+方向键或鼠标选中文字，再按标签的快捷键。片段可以重叠。</translation>
    </message>
    <message>
        <source>Select text with Shift+arrow keys or the mouse, then press a label&apos;s key. Spans may not overlap. Put the cursor in a span and press another key to change it, or Delete to remove it.</source>
        <translation>用 Shift+方向键或鼠标选中文字，再按标签的快捷键。片段不可重叠。把光标放在片段中，按其他标签键可修改，按 Delete 可移除。</translation>
    </message>
    <message>
        <source>%1 — %2   [%3–%4)</source>
        <translation>%1 — %2   [%3–%4)</translation>
    </message>
    <message>
        <source>Labels — select text, then press a key</source>
        <translation>标签 — 先选中文字，再按快捷键</translation>
    </message>
</context>
<context>
    <name>assay::gui::SpanMarker</name>
    <message>
        <source>Put the cursor in a span to remove it.</source>
        <translation>请把光标放在要移除的片段中。</translation>
    </message>
</context>
<context>
    <name>assay::gui::StartPage</name>
    <message>
        <source>Label text with people and a model, review it, and export a dataset you can trust.</source>
        <translation>人与模型协同标注文本，经审核后导出可信的数据集。</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>You can also drop a project file (.assay) on this window.</source>
        <translation>也可以将项目文件（.assay）拖放到此窗口。</translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation>文件已不存在</translation>
    </message>
</context>
<context>
    <name>assay::gui::StartupOptions</name>
    <message>
        <source>Assay: label text with people and a model.</source>
        <translation>Assay：人与模型协同标注文本。</translation>
    </message>
    <message>
        <source>Work as user NAME without being asked (when the user has no password).</source>
        <translation>直接以用户 NAME 的身份工作，不再询问（仅限未设密码的用户）。</translation>
    </message>
    <message>
        <source>The language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>要打开的项目文件。</translation>
    </message>
    <message>
        <source>Give at most one project file.</source>
        <translation>最多只能指定一个项目文件。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>assay::gui::SuggestionStrip</name>
    <message>
        <source>recent</source>
        <translation>最近</translation>
    </message>
</context>
<context>
    <name>assay::gui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop (Esc). Pre-labelling keeps what it has written and continues from there next time; training stores nothing.</source>
        <translation>停止（Esc）。预标注会保留已写入的结果，下次从停止处继续；训练则不保存任何内容。</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 / %2 条</translation>
    </message>
    <message>
        <source>%1 · %2 items/s</source>
        <translation>%1 · 每秒 %2 条</translation>
    </message>
    <message>
        <source>%1 · about %2 s left</source>
        <translation>%1 · 约剩 %2 秒</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>assay::gui::TrainForm</name>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Labelled &amp;data:</source>
        <translation>已标注数据(&amp;D)：</translation>
    </message>
    <message>
        <source>text in</source>
        <translation>文本字段</translation>
    </message>
    <message>
        <source>label in</source>
        <translation>标签字段</translation>
    </message>
    <message>
        <source> %</source>
        <comment>a percentage after a number</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>The share of the labelled items kept out of training to measure the model on. With fewer than 20 labelled items nothing is held out.</source>
        <translation>从已标注数据中留出、不参与训练、用于评估模型的比例。已标注数据少于 20 条时不留出。</translation>
    </message>
    <message>
        <source>Hold o&amp;ut for evaluation:</source>
        <translation>留出评估比例(&amp;U)：</translation>
    </message>
    <message>
        <source>Advan&amp;ced</source>
        <translation>高级(&amp;C)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Passes over the training data; automatic takes 25 on small sets and fewer on large ones.</source>
        <translation>遍历训练数据的轮数；自动时小数据集取 25 轮，大数据集更少。</translation>
    </message>
    <message>
        <source>Epoch&amp;s:</source>
        <translation>训练轮数(&amp;S)：</translation>
    </message>
    <message>
        <source>How far each example moves the model; automatic is 1.0.</source>
        <translation>每个样本对模型的调整幅度；自动为 1.0。</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>Seeds the starting weights, the shuffle and the hold-out choice.</source>
        <translation>决定初始权重、打乱顺序和留出数据的随机种子。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>One thread trains the same model every time from the same data and seed; more threads train faster.</source>
        <translation>单线程时，相同的数据和种子每次训练出相同的模型；多线程训练更快。</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;rain New Version</source>
        <translation>训练新版本(&amp;R)</translation>
    </message>
    <message>
        <source>Labelled Data</source>
        <translation>已标注数据</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Say which members of the labelled data hold the text and the label.</source>
        <translation>请指明已标注数据中哪个字段是文本、哪个字段是标签。</translation>
    </message>
    <message>
        <source>Optional: a labelled JSONL, CSV or TSV file</source>
        <translation>可选：已标注的 JSONL、CSV 或 TSV 文件</translation>
    </message>
    <message>
        <source>Labelled data (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation>已标注数据 (*.jsonl *.json *.csv *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>assay::gui::UserChooserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>谁在工作？</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This project has no users yet. Enter your name to add yourself as its first user (administrator and annotator).</source>
        <translation>该项目还没有用户。输入你的名字，将自己添加为第一个用户（管理员兼标注员）。</translation>
    </message>
    <message>
        <source>Your name, e.g. li.ming</source>
        <translation>你的名字，例如 li.ming</translation>
    </message>
    <message>
        <source>Add Me and Start</source>
        <translation>添加并开始</translation>
    </message>
    <message>
        <source>Choose your name:</source>
        <translation>请选择你的名字：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Start Working</source>
        <translation>开始工作</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名字。</translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation>请从列表中选择你的名字。</translation>
    </message>
</context>
<context>
    <name>assay::gui::UserEdits</name>
    <message>
        <source>Only administrators can change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <source>A user needs a name to log in with.</source>
        <translation>用户必须有登录名。</translation>
    </message>
    <message>
        <source>A user name has no spaces; put the full name in the display name.</source>
        <translation>登录名不能包含空格，完整姓名请填写在显示名称中。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请至少为用户指定一个角色。</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>已有用户“%1”。</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role; another administrator can.</source>
        <translation>不能取消自己的管理员角色，请由其他管理员操作。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another administrator can.</source>
        <translation>不能停用自己的账号，请由其他管理员操作。</translation>
    </message>
    <message>
        <source>The project must keep at least one active administrator.</source>
        <translation>项目必须保留至少一名启用状态的管理员。</translation>
    </message>
</context>
<context>
    <name>assay::gui::UsersDialog</name>
    <message>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>仲裁专家</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>见习</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Users — %1</source>
        <translation>用户管理 — %1</translation>
    </message>
    <message>
        <source>Only administrators can add or change users; the list is shown here read-only.</source>
        <translation>只有管理员可以添加或修改用户，此处仅供查看。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New User</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <source>Login name, e.g. li.ming</source>
        <translation>登录名，例如 li.ming</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>登录名(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name, e.g. 李明</source>
        <translation>姓名，例如 李明</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Trainees work on exam items only until they pass; suspended users get no new work.</source>
        <translation>见习人员在考核通过前只处理考核数据；已暂停的用户不再分配新任务。</translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation>资质(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>取消密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Active: may log in and get work</source>
        <translation>启用(&amp;A)：可以登录并领取任务</translation>
    </message>
    <message>
        <source>&amp;Save User</source>
        <translation>保存用户(&amp;S)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source>Optional: none is asked</source>
        <translation>可不填：不设密码</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between roles</comment>
        <translation>、</translation>
    </message>
</context>
</TS>
