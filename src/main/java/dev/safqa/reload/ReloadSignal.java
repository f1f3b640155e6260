package dev.safqa.reload;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action when the process gets a signal: {@code safqa serve} reloads its knowledge on
 * SIGHUP. Uses {@code sun.misc.Signal} (module jdk.unsupported), through reflection so that the
 * build neither warns nor depends on it; where it is missing, or the JVM keeps the signal for itself
 * ({@code -Xrs}, Windows), {@link #install} says so and the server runs on without it.
 */
public final class ReloadSignal {
    private static final Logger log = LoggerFactory.getLogger(ReloadSignal.class);

    private ReloadSignal() {
    }

    /**
     * Runs {@code action} on each {@code signalName} ("HUP"), on the JVM's signal thread: keep it
     * short (hand the work to another thread, as {@link KnowledgeWatcher#onSignal()} does).
     *
     * @return whether the handler was installed
     */
    public static boolean install(String signalName, Runnable action) {
        Objects.requireNonNull(signalName, "signalName");
        Objects.requireNonNull(action, "action");
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance(signalName);
            InvocationHandler onSignal = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        log.error("SIG{} handler failed", signalName, e);
                    }
                    yield null;
                }
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "SIG" + signalName + " handler";
                default -> throw new UnsupportedOperationException(method.getName());
            };
            Object handler = Proxy.newProxyInstance(ReloadSignal.class.getClassLoader(), new Class<?>[] {handlerClass}, onSignal);
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
            log.info("SIG{} reloads the knowledge", signalName);
            return true;
        } catch (InvocationTargetException e) {
            log.warn("Cannot handle SIG{} on this JVM ({}); reload by editing the knowledge folder instead",
                    signalName, e.getCause() == null ? e.toString() : e.getCause().toString());
            return false;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log.warn("Cannot handle SIG{} on this JVM ({}); reload by editing the knowledge folder instead", signalName, e.toString());
            return false;
        }
    }
}
