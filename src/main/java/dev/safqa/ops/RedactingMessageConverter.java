package dev.safqa.ops;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %rmsg}: the formatted message, arguments included, with tokens and secrets masked. */
public final class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogRedaction.redact(super.convert(event), LogRedaction.secrets(getContext()));
    }
}
