package dev.safqa.ops;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %rex}: the stack trace, with tokens and secrets masked in every exception message of the
 * cause chain. Being a throwable converter, it also stops Logback from appending its own {@code %ex}.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogRedaction.redact(super.convert(event), LogRedaction.secrets(getContext()));
    }
}
