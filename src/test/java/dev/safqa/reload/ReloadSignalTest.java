package dev.safqa.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReloadSignalTest {
    @Test
    void a_signal_the_platform_does_not_know_is_reported_not_thrown() {
        assertThat(ReloadSignal.install("NOSUCHSIGNAL", () -> { })).isFalse();
    }

    @Test
    void sighup_runs_the_action() throws Exception {
        CountDownLatch hup = new CountDownLatch(1);
        assumeTrue(ReloadSignal.install("HUP", hup::countDown), "this JVM lets the application handle SIGHUP");

        // raise it only now that our handler is installed (unhandled, SIGHUP would stop the JVM)
        Class<?> signal = Class.forName("sun.misc.Signal");
        signal.getMethod("raise", signal).invoke(null, signal.getConstructor(String.class).newInstance("HUP"));

        assertThat(hup.await(20, TimeUnit.SECONDS)).isTrue();
    }
}
