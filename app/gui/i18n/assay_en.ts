<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerEditor</name>
    <message>
        <source>That label is no longer in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deprecated; choose another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a group; choose one of its sub-labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field does not take labels from a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field does not take spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first (Shift+arrow keys or the mouse), then press the label&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” overlaps the span “%2” (%3), and spans in “%4” may not overlap. Remove or change that span first: put the cursor in it and press Delete, or press another label&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no span there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove span “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::AnnotateView</name>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item before this one (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this item as it is (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this item out of your queue, with a reason (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter submits · Ctrl+Z undoes · Ctrl+PgDown next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the answer and go to the next item (Enter, Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no fields yet.
Add fields and labels to its schema, then come back to label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are to start working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one label. Type to search, ↑↓ to move, Enter to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose any number of labels. Enter or 1–9 adds or removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label of “%1” has the key “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label for “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty: nothing more to label for now.
Items handled in this session: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::CalibrationChart</name>
    <message>
        <source>Calibration error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence of the top label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfectly calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confidence %1–%2: %n item(s), on average %3 sure, right %4 of the time</source>
        <translation>
            <numerusform>Confidence %1–%2: %n item, on average %3 sure, right %4 of the time</numerusform>
            <numerusform>Confidence %1–%2: %n items, on average %3 sure, right %4 of the time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::DataView</name>
    <message>
        <source>Search the text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the texts for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 items; more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 matching items; more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 matching items; searched through item %2 so far, more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::EvaluationView</name>
    <message>
        <source>Choose a model version to see how it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out items whose top label is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-3 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out items with the right label among the top three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 averaged over the labels, each label counting the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the model&apos;s confidence is from how often it is right, averaged over the items (0 is perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: is the model as sure as it is right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage at precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest confidence whose labels reach the precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of held-out items labelled with at least that confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels given with at least this confidence are right this often: that share of the items could be accepted without a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation stored with this version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version was not evaluated: there were too few labelled items to hold some out, or the hold-out share was 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1 on %2 items; evaluated on %3 items it did not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy by level of the taxonomy (is the top label under the right parent?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items; right %2 of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>a label and where it sits</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::FieldDialog</name>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 类别 or entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice: one label per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice: any number of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans: labelled stretches of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What annotators are asked, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans may &amp;overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;leaves of the label tree may be chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportFilePage</name>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items come from JSON Lines, CSV, TSV or plain text files. Choose a file or drop one on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item files (*.jsonl *.ndjson *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 by its extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportFormatPage</name>
    <message>
        <source>Format and Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file is read, and which of its columns hold each item&apos;s text and its id. Every other column is kept as the item&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (one object per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated, with a header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV (tab-separated, with a header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (UTF-8 or UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files from older Chinese systems are often in GB18030. Any encoding the system knows can be typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item per paragraph (blank lines between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces print layout puts between Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out rows whose text or id is already in the project or earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read this way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1, by the file&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportJob</name>
    <message>
        <source>Importing Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportMessages</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id “%1”: the same id as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate text: the same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2 (is a comma inside a value not quoted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8; if the file comes from an older Chinese system, choose the encoding GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column “%1” (the file has: %2); choose the columns on the Format page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id column “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header row was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported. Rows shown in red have a problem: they stop the import unless you choose to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) of %1</source>
        <translation>
            <numerusform>The only row of %1</numerusform>
            <numerusform>All %n rows of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1</source>
        <translation>
            <numerusform>The first row of %1</numerusform>
            <numerusform>The first %n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, read as %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a problem.</source>
        <translation>
            <numerusform>%n row has a problem.</numerusform>
            <numerusform>%n rows have a problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Good Rows and &amp;Skip the Bad Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the good rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) were skipped.</source>
        <translation>
            <numerusform>%n bad row was skipped.</numerusform>
            <numerusform>%n bad rows were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) were left out.</source>
        <translation>
            <numerusform>%n duplicate was left out.</numerusform>
            <numerusform>%n duplicates were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) were imported all the same; they are listed below.</source>
        <translation>
            <numerusform>%n duplicate was imported all the same; it is listed below.</numerusform>
            <numerusform>%n duplicates were imported all the same; they are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, listed below, so nothing was imported. Fix them in the file and import it again, or import the good rows and skip the bad ones.</source>
        <translation>
            <numerusform>%n row has a problem, shown below, so nothing was imported. Fix it in the file and import it again, or import the good rows and skip the bad one.</numerusform>
            <numerusform>%n rows have problems, listed below, so nothing was imported. Fix them in the file and import it again, or import the good rows and skip the bad ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items are stored as one batch: all of them, or none if the import stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1 (%2, %3) in %4 s.</source>
        <translation>
            <numerusform>Imported %n item from %1 (%2, %3) in %4 s.</numerusform>
            <numerusform>Imported %n items from %1 (%2, %3) in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ImportWizard</name>
    <message>
        <source>Import Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemDetailPane</name>
    <message>
        <source>Select an item to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has annotated this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 · %2 · length %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemFlow</name>
    <message>
        <source>There is no item to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no fields yet: add them in the schema before labelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label for “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item to skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ItemTableModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelFilterEdit</name>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single key that marks a selection with this label while annotating spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deprecated: kept for old annotations, no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to choose this label, and when not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New top-level label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a label in the tree, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours are for span fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between aliases</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelInfoView</name>
    <message>
        <source>Highlight a label to read its guideline here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: no longer to be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guideline has been written for this label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelPicker</name>
    <message>
        <source>Suggestions — press 1–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search labels: name, path, pinyin (wyfw), English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse with the arrow keys, or type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matching labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the sub-labels of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelScoreModel</name>
    <message>
        <source>Held-out items with this label: %1. The model gave it to %2, rightly to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the items the model gave this label, the share that have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the items that have this label, the share the model found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The harmonic mean of precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held-out items that have this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LabelTreeModel</name>
    <message>
        <source>rare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es)</source>
        <translation>
            <numerusform>%n alias</numerusform>
            <numerusform>%n aliases</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit and Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue &amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Least Certain First</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::MainWindow</name>
    <message>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assay %1&lt;/b&gt;&lt;p&gt;Label text with people and a model working together, review it, and export a dataset you can trust.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Start the Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menus use the new language now; the rest of the window follows when the model&apos;s work has finished and Assay starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::MetadataPanel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelFormat</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <comment>a model version</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelJob</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelMessages</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no labelled items to train on yet. The model learns from items that are accepted or settled (gold): label and accept some first, or choose a file of labelled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few labels to train “%1”: there are %2 labelled items with %3 different label(s), and training needs at least %4 items with at least %5 different labels. Label and accept more items, or add a file of labelled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no trained model yet: train one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled; no version was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1 on %2 items in %3 s: accuracy %4 on %5 held-out items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1 on %2 items in %3 s; it was not evaluated: too few labelled items to hold some out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) whose annotators disagree were left out.</source>
        <translation>
            <numerusform>%n item whose annotators disagree was left out.</numerusform>
            <numerusform>%n items whose annotators disagree were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 items; %2 are left. Pre-label again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: every item has a label from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelled %1 items with %2 in %3 s (%4 items/s); %5 moved to suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelVersionModel</name>
    <message>
        <source>Imported predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 held-out items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated: too few labelled items to hold some out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelling uses this version unless you choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of “%1” imported from a file; there is no model to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ModelView</name>
    <message>
        <source>F&amp;ield:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can train and pre-label; you can look at the models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no choice fields. The model labels single and multiple choice fields: add one in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no model yet. Train one: it learns from the items people have labelled and accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a new version of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labelling with %1 of “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::PrelabelForm</name>
    <message>
        <source>&amp;Model version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the model&apos;s labels each item keeps, most likely first; annotators see them as suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels per item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin between the top two labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy over all labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model&apos;s doubt about an item is measured, for the queue order Annotate ▸ Queue Order ▸ Least Certain First.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uncertainty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-la&amp;bel Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — accuracy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model first: pre-labelling needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item has a label from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will label all %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items have no label from %2 yet; pre-labelling continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::ProjectTools</name>
    <message>
        <source>&amp;Import Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can import items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>Imported %n item.</numerusform>
            <numerusform>Imported %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::gui::QueueHeader</name>
    <message>
        <source>Already submitted: changes make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &lt;b&gt;%1&lt;/b&gt; of %2 in your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SchemaEditor</name>
    <message>
        <source>single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can change the schema; it is shown here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a label (Enter for the next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Si&amp;bling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add labels from a CSV file (one column per level) or a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no fields yet. Add one to ask something of every item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leaf/leaves</source>
        <translation>
            <numerusform>%n leaf</numerusform>
            <numerusform>%n leaves</numerusform>
        </translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomies (*.csv *.tsv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new labels, %3 already there; the field now has %4 leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SchemaEdits</name>
    <message>
        <source>A hotkey is a single key, such as “p”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotkey must be a visible key, such as “p”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits choose the model&apos;s suggestions while annotating; choose a letter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“/” moves to the label search while annotating; choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotkey “%1” is already used by “%2” in this field; choose another key, or first take it away from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label “%1” here; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour; write it as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the hotkey “%2” of “%3” is already used by “%4”; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SkipDialog</name>
    <message>
        <source>Skip Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skip this item? It leaves your queue; a reviewer can see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is unclear or garbled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the project&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SpanFieldPanel</name>
    <message>
        <source>Marked spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text with Shift+arrow keys or the mouse, then press a label&apos;s key. Spans may overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text with Shift+arrow keys or the mouse, then press a label&apos;s key. Spans may not overlap. Put the cursor in a span and press another key to change it, or Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2   [%3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels — select text, then press a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SpanMarker</name>
    <message>
        <source>Put the cursor in a span to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::StartPage</name>
    <message>
        <source>Label text with people and a model, review it, and export a dataset you can trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a project file (.assay) on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::StartupOptions</name>
    <message>
        <source>Assay: label text with people and a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as user NAME without being asked (when the user has no password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::SuggestionStrip</name>
    <message>
        <source>recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc). Pre-labelling keeps what it has written and continues from there next time; training stores nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · about %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::TrainForm</name>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <comment>a percentage after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the labelled items kept out of training to measure the model on. With fewer than 20 labelled items nothing is held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold o&amp;ut for evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advan&amp;ced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the training data; automatic takes 25 on small sets and fewer on large ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each example moves the model; automatic is 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds the starting weights, the shuffle and the hold-out choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thread trains the same model every time from the same data and seed; more threads train faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rain New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which members of the labelled data hold the text and the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a labelled JSONL, CSV or TSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled data (*.jsonl *.json *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::UserChooserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no users yet. Enter your name to add yourself as its first user (administrator and annotator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, e.g. li.ming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Me and Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::UserEdits</name>
    <message>
        <source>Only administrators can change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces; put the full name in the display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project must keep at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::gui::UsersDialog</name>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can add or change users; the list is shown here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name, e.g. li.ming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, e.g. 李明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees work on exam items only until they pass; suspended users get no new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: may log in and get work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: none is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between roles</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
