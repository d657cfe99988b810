// The catalogues against the sources: lupdate (the project CMake generates for
// update_translations) is run over a copy of each .ts, then the copy must have nothing
// unfinished (a new or changed string nobody translated), nothing vanished or obsolete (a string
// the sources no longer have), and every translation must keep its source's placeholders.
// Fix a failure with `cmake --build BUILD --target update_translations`, then translate.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message current;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")  // a context's name (messages have none)
                context = xml.readElementText();
            else if (name == u"message")
                current = Message{context, {}, {}, {}, xml.attributes().value(u"numerus") == u"yes"};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(u"type").toString();
                if (!current.numerus)
                    current.translations = {xml.readElementText()};
            } else if (name == u"numerusform")
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            current = {};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1 … %99, %L1 and %n, sorted: a translation may reorder them, not drop or invent any.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(QLatin1Char('L')));
    found.sort();
    return found;
}

QString describe(const QList<Message> &bad)
{
    QStringList lines;
    for (const Message &m : bad.first(qMin<qsizetype>(bad.size(), 15)))
        lines.append(QStringLiteral("  %1: “%2” (%3)").arg(m.context, m.source, m.type.isEmpty() ? QStringLiteral("finished") : m.type));
    if (bad.size() > 15)
        lines.append(QStringLiteral("  … and %1 more").arg(bad.size() - 15));
    return lines.join(QLatin1Char('\n'));
}

bool run(const QString &program, const QStringList &args, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(300000)) {
        *output = program + QStringLiteral(": ") + process.errorString();
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

}  // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upToDate_data();
    void upToDate();
    void placeholdersKept_data();
    void placeholdersKept();

private:
    QTemporaryDir m_dir;
    QString m_project;  // lupdate's JSON project: the app's sources, as update_translations uses
};

void TestCatalogues::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(LINNET_LUPDATE_PROJECT_IN)),
             "no lupdate project description; configure the build with cmake/Translations.cmake");
    m_project = m_dir.filePath(QStringLiteral("project.json"));
    QString output;
    QVERIFY2(run(QStringLiteral(LINNET_CMAKE_COMMAND),
                 {QStringLiteral("-DIN_FILE=" LINNET_LUPDATE_PROJECT_IN), QStringLiteral("-DOUT_FILE=") + m_project,
                  QStringLiteral("-P"), QStringLiteral(LINNET_LUPDATE_PROJECT_GENERATOR)},
                 &output),
             qPrintable(output));
}

void TestCatalogues::upToDate_data()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << QStringLiteral("linnet_de.ts") << false;
    QTest::newRow("es") << QStringLiteral("linnet_es.ts") << false;
    // English only has the plural messages ("%n item(s)" -> "1 item", "2 items").
    QTest::newRow("en") << QStringLiteral("linnet_en.ts") << true;
}

void TestCatalogues::upToDate()
{
    QFETCH(QString, ts);
    QFETCH(bool, pluralOnly);
    const QString original = QStringLiteral(LINNET_SOURCE_DIR "/translations/") + ts;
    const QString copy = m_dir.filePath(ts);
    QFile::remove(copy);
    QVERIFY2(QFile::copy(original, copy), qPrintable(original));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    // Without -no-obsolete: strings the sources lost stay in the copy, marked vanished.
    QStringList args{QStringLiteral("-project"), m_project, QStringLiteral("-locations"), QStringLiteral("relative")};
    if (pluralOnly)
        args.append(QStringLiteral("-pluralonly"));
    args << QStringLiteral("-ts") << copy;
    QString output;
    QVERIFY2(run(QStringLiteral(LUPDATE_BINARY), args, &output), qPrintable(output));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), qPrintable(QStringLiteral("%1 has no messages after lupdate").arg(ts)));
    QList<Message> bad;
    for (const Message &m : messages) {
        if (pluralOnly && !m.numerus)
            continue;
        if (!m.type.isEmpty())
            bad.append(m);
    }
    QVERIFY2(bad.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 messages unfinished (new or changed in the sources), vanished or obsolete:\n%3\n"
                                       "Run the update_translations target, then translate.")
                            .arg(ts)
                            .arg(bad.size())
                            .arg(describe(bad))));
}

void TestCatalogues::placeholdersKept_data()
{
    upToDate_data();
}

void TestCatalogues::placeholdersKept()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(LINNET_SOURCE_DIR "/translations/") + ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Message> bad;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            continue;  // upToDate() reports those
        QStringList wanted = placeholders(m.source);
        for (const QString &form : m.translations) {
            QStringList got = placeholders(form);
            // A plural form may leave %n out ("eine Datei"), never add what the source lacks.
            if (m.numerus && !got.contains(QLatin1String("%n")))
                wanted.removeAll(QLatin1String("%n"));
            if (got != wanted || form.isEmpty()) {
                Message shown = m;
                shown.type = QStringLiteral("placeholders %1 → %2 in “%3”").arg(placeholders(m.source).join(u' '), got.join(u' '), form);
                bad.append(shown);
                break;
            }
            wanted = placeholders(m.source);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1:\n%2").arg(ts, describe(bad))));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
