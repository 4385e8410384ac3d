#include "annotate/TextOffsets.h"

#include "GuiTestSupport.h"
#include "annotate/ItemTextView.h"

#include <QApplication>
#include <QTest>

using namespace assay;
using assay::gui::ItemTextView;
using assay::gui::TextOffsets;

TEST(TextOffsets, SameInTheBasicPlane)
{
    const TextOffsets offsets(QStringLiteral("张三在长沙"));
    EXPECT_EQ(offsets.codePointCount(), 5);
    for (int i = 0; i <= 5; ++i) {
        EXPECT_EQ(offsets.toUtf16(i), i);
        EXPECT_EQ(offsets.toCodePoint(i), i);
    }
}

TEST(TextOffsets, CharactersOutsideTheBasicPlaneTakeTwoUnits)
{
    // U+20BB7 (𠮷) and U+1F600 take two UTF-16 units each, one code point each.
    const QString text = QString::fromUtf8("𠮷野家在长沙😀好");
    ASSERT_EQ(text.size(), 10);
    const TextOffsets offsets(text);
    EXPECT_EQ(offsets.codePointCount(), 8);
    EXPECT_EQ(offsets.utf16Count(), 10);
    EXPECT_EQ(offsets.toUtf16(0), 0);
    EXPECT_EQ(offsets.toUtf16(1), 2);
    EXPECT_EQ(offsets.toUtf16(4), 5); // 长
    EXPECT_EQ(offsets.toUtf16(6), 7); // 😀
    EXPECT_EQ(offsets.toUtf16(7), 9); // 好
    EXPECT_EQ(offsets.toUtf16(8), 10);
    EXPECT_EQ(offsets.toCodePoint(2), 1);
    EXPECT_EQ(offsets.toCodePoint(5), 4);
    EXPECT_EQ(offsets.toCodePoint(9), 7);
    EXPECT_EQ(offsets.toCodePoint(10), 8);
    // Inside a surrogate pair rounds down to the character's start.
    EXPECT_EQ(offsets.toCodePoint(1), 0);
    EXPECT_EQ(offsets.toCodePoint(8), 6);
    // Clamped at both ends.
    EXPECT_EQ(offsets.toUtf16(-3), 0);
    EXPECT_EQ(offsets.toUtf16(99), 10);
    EXPECT_EQ(offsets.toCodePoint(99), 8);
}

TEST(ItemTextView, SelectionIsReportedInCodePoints)
{
    test::guiApp();
    ItemTextView view;
    view.setItemText(QString::fromUtf8("𠮷野家在长沙开店"));
    view.selectRange(4, 6);
    EXPECT_EQ(view.textCursor().selectedText(), QString::fromUtf8("长沙"));
    const auto [start, end] = view.selectedRange();
    EXPECT_EQ(start, 4);
    EXPECT_EQ(end, 6);
}

TEST(ItemTextView, ShiftArrowsStepOverAstralCharactersAsOne)
{
    test::guiApp();
    ItemTextView view;
    view.setItemText(QString::fromUtf8("𠮷野家"));
    view.show();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_EQ(view.textCursor().selectedText(), QString::fromUtf8("𠮷"));
    const auto [start, end] = view.selectedRange();
    EXPECT_EQ(start, 0);
    EXPECT_EQ(end, 1);
}

TEST(ItemTextView, LineBreaksKeepPositions)
{
    test::guiApp();
    ItemTextView view;
    // CR LF, a lone CR and a tab must not shift what follows.
    const QString text = QStringLiteral("甲\r\n乙\r丙\t丁");
    view.setItemText(text);
    EXPECT_EQ(view.document()->characterCount() - 1, text.size());
    view.selectRange(7, 8);
    EXPECT_EQ(view.textCursor().selectedText(), QStringLiteral("丁"));
    view.selectRange(3, 4);
    EXPECT_EQ(view.textCursor().selectedText(), QStringLiteral("乙"));
}

TEST(ItemTextView, KeysALabellerPressesBecomeSignals)
{
    test::guiApp();
    ItemTextView view;
    view.setItemText(QStringLiteral("张三"));
    QStringList labelKeys;
    QList<int> numbers;
    int removes = 0;
    int enters = 0;
    QObject::connect(&view, &ItemTextView::labelKeyPressed,
                     [&](const QString &key) { labelKeys << key; });
    QObject::connect(&view, &ItemTextView::numberKeyPressed, [&](int n) { numbers << n; });
    QObject::connect(&view, &ItemTextView::removeKeyPressed, [&] { ++removes; });
    QObject::connect(&view, &ItemTextView::enterPressed, [&] { ++enters; });
    QTest::keyClick(&view, Qt::Key_P);
    QTest::keyClick(&view, Qt::Key_L, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_3);
    QTest::keyClick(&view, Qt::Key_Delete);
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(labelKeys, QStringList({QStringLiteral("p"), QStringLiteral("l")}));
    EXPECT_EQ(numbers, QList<int>({3}));
    EXPECT_EQ(removes, 1);
    EXPECT_EQ(enters, 1);
}
