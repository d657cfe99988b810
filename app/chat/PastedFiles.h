// Files pasted into the composer: what the clipboard holds when it is not text to insert —
// files copied in a file manager (local URLs) or an image (a screenshot), which is written to a
// PNG in the cache directory first, off the GUI thread. The composer hands the URLs to the
// account's uploads like files picked or dropped.
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class PastedFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Whether a paste now would bring files (or an image) rather than text.
    Q_INVOKABLE bool available() const;
    // Takes them: filesReady(tag, urls) follows (queued; later for an image being written), or
    // failed(tag, reason). tag: the caller's, to tell its answer apart (the conversation's JID).
    Q_INVOKABLE void take(const QString &tag);

    // Where pasted images are written (tests).
    static QString imageDirectory();

Q_SIGNALS:
    void filesReady(const QString &tag, const QList<QUrl> &urls);
    void failed(const QString &tag, const QString &reason);
};
