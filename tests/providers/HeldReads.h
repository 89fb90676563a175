#pragma once

#include "providers/OffThread.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <atomic>

namespace kw::testsupport {

// Holds every answer read off the GUI thread (runOffThread) until release(), so that a test can
// abort or delete a reply, or its provider, while its answer is being read. Records whether a
// read ran on a thread other than the one that made this object.
class HeldReads
{
public:
    explicit HeldReads(bool hold = true) : m_creator(QThread::currentThread())
    {
        offThreadHookForTests() = [this, hold] {
            if (QThread::currentThread() != m_creator)
                m_offThread = true;
            m_started.release();
            if (hold)
                m_proceed.acquire();
        };
    }
    ~HeldReads()
    {
        release();
        finish();
        offThreadHookForTests() = nullptr;
    }
    HeldReads(const HeldReads&) = delete;
    HeldReads& operator=(const HeldReads&) = delete;

    // True once a read has started (and is being held).
    bool started() const { return m_started.available() > 0; }
    bool ranOffThread() const { return m_offThread; }
    // Lets every held read, and every later one, go on.
    void release() { m_proceed.release(100000); }
    // Waits until every read has ended, then delivers what they handed back (or drops it, for
    // a reply that is gone).
    void finish()
    {
        offThreadPool().waitForDone();
        QCoreApplication::sendPostedEvents();
    }

private:
    QThread* m_creator;
    QSemaphore m_started;
    QSemaphore m_proceed;
    std::atomic<bool> m_offThread{false};
};

} // namespace kw::testsupport
