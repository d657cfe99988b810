// The --screenshot path of the real app binary: a non-trivial PNG at 1280x800, offscreen, in
// both themes.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QImage shoot(const QString &theme)
    {
        const QString file = m_dir.filePath(theme + QStringLiteral(".png"));
        QProcess app;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(QStringLiteral(LINNET_BINARY),
                  {QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("profile")), QStringLiteral("--theme"), theme,
                   QStringLiteral("--screenshot"), file});
        if (!app.waitForFinished(60000) || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
            qWarning() << "linnet exited with" << app.exitCode() << app.errorString();
            return {};
        }
        return QImage(file);
    }

    static double meanLuminance(const QImage &image)
    {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                sum += qGray(image.pixel(x, y));
                ++n;
            }
        }
        return sum / n;
    }

private Q_SLOTS:
    void lightAndDark()
    {
        const QImage light = shoot(QStringLiteral("light"));
        QVERIFY(!light.isNull());
        QCOMPARE(light.size(), QSize(1280, 800));
        // Not one flat colour: text, fields and a logo make many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < light.height(); y += 2) {
            for (int x = 0; x < light.width(); x += 2)
                colours.insert(light.pixel(x, y));
        }
        QVERIFY2(colours.size() > 32, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));

        const QImage dark = shoot(QStringLiteral("dark"));
        QVERIFY(!dark.isNull());
        QVERIFY2(meanLuminance(dark) + 60 < meanLuminance(light),
                 qPrintable(QStringLiteral("dark %1, light %2").arg(meanLuminance(dark)).arg(meanLuminance(light))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
