package vn.binhdang.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of the current request (Accept-Language: Vietnamese unless English comes first). */
@RequestScoped
public class RequestLanguage {
    @Inject
    HttpHeaders headers;

    @Inject
    Messages messages;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            Locale chosen;
            try {
                chosen = Messages.localeOf(headers);
            } catch (RuntimeException outsideRequest) {
                chosen = Messages.VIETNAMESE;
            }
            locale = chosen;
        }
        return locale;
    }

    /** The text of this key in the request's language. */
    public String text(String key, Object... args) {
        return messages.get(locale(), key, args);
    }
}
