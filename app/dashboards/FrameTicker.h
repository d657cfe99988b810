// One clock for every chart: feeders that have something new ask for a tick, and all of them
// draw in that one tick, at most once per frame (16 ms), however many batches arrived.
#pragma once

#include <QObject>
#include <QTimer>

class FrameTicker : public QObject
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;
    static FrameTicker *instance();
    // A tick follows within a frame (one for all requests until then).
    void request();

Q_SIGNALS:
    void tick();

private:
    FrameTicker();
    QTimer m_timer;
};
