// How a contact looks without a picture (ContactLook): initials and the XEP-0392 colour.
#include "roster/RosterModel.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestContactLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << u"Ada Lovelace"_s << u"AL"_s;
        QTest::newRow("first and last of three") << u"Grace Brewster Hopper"_s << u"GH"_s;
        QTest::newRow("one word, lower case") << u"robin"_s << u"R"_s;
        QTest::newRow("dots, dashes, underscores split") << u"wren.bird"_s << u"WB"_s;
        QTest::newRow("address: the local part") << u"mary-ann_smith@garden.example"_s << u"MS"_s;
        QTest::newRow("address with one word") << u"alice@demo.linnet"_s << u"A"_s;
        QTest::newRow("spaces around") << u"  Bob   Marley  "_s << u"BM"_s;
        QTest::newRow("non-Latin") << u"Émile Zola"_s << u"ÉZ"_s;
        QTest::newRow("Cyrillic") << u"анна каренина"_s << u"АК"_s;
        QTest::newRow("emoji stays whole") << u"😺 Cat"_s << u"😺C"_s;
        QTest::newRow("only an emoji") << u"😺"_s << u"😺"_s;
        QTest::newRow("empty") << QString() << u"?"_s;
        QTest::newRow("only separators") << u" ._- "_s << u"?"_s;
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(ContactLook::initials(name), initials);
    }

    // XEP-0392 §"Test vectors" (saturation 100, lightness 50, no colour vision deficiency), in
    // 8-bit RGB: the colours other XMPP clients show for the same input.
    void colorFollowsXep0392_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("red");
        QTest::addColumn<double>("green");
        QTest::addColumn<double>("blue");
        QTest::newRow("Romeo") << u"Romeo"_s << 0.865 << 0.000 << 0.686;
        QTest::newRow("juliet@capulet.lit") << u"juliet@capulet.lit"_s << 0.000 << 0.515 << 0.573;
        QTest::newRow("emoji") << u"😺"_s << 0.872 << 0.000 << 0.659;
        QTest::newRow("council") << u"council"_s << 0.918 << 0.000 << 0.394;
    }

    void colorFollowsXep0392()
    {
        QFETCH(QString, input);
        QFETCH(double, red);
        QFETCH(double, green);
        QFETCH(double, blue);
        const QColor color = ContactLook::color(input);
        QVERIFY(color.isValid());
        QVERIFY2(qAbs(color.red() - red * 255) <= 1.5, qPrintable(color.name()));
        QVERIFY2(qAbs(color.green() - green * 255) <= 1.5, qPrintable(color.name()));
        QVERIFY2(qAbs(color.blue() - blue * 255) <= 1.5, qPrintable(color.name()));
    }

    void colorIsStableAndDiffers()
    {
        QCOMPARE(ContactLook::color(u"robin@demo.linnet"_s), ContactLook::color(u"robin@demo.linnet"_s));
        QVERIFY(ContactLook::color(u"robin@demo.linnet"_s) != ContactLook::color(u"wren@demo.linnet"_s));
    }

    // White initials stay readable on every colour: WCAG contrast of about 4.5:1 or more.
    void whiteInitialsAreReadable()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        for (int i = 0; i < 500; ++i) {
            const QColor color = ContactLook::color(u"buddy%1@example.org"_s.arg(i));
            const double contrast = 1.05 / (luminance(color) + 0.05);
            QVERIFY2(contrast >= 4.3, qPrintable(u"%1: %2"_s.arg(color.name()).arg(contrast)));
        }
    }

    // The QML singleton answers the same as the C++ functions.
    void singletonForQml()
    {
        ContactLookSingleton look;
        QCOMPARE(look.initials(u"Ada Lovelace"_s), u"AL"_s);
        QCOMPARE(look.color(u"Romeo"_s), ContactLook::color(u"Romeo"_s));
        QCOMPARE(look.presenceLabel(Presence::Availability::Away), Presence::label(Presence::Availability::Away));
    }
};

QTEST_GUILESS_MAIN(TestContactLook)
#include "tst_contactlook.moc"
