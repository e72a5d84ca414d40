package vn.binhdang.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the API in Vietnamese (default) and English, chosen by the request's Accept-Language. */
@ApplicationScoped
public class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "i18n.messages";

    /** Vietnamese unless the caller prefers English before Vietnamese. */
    public static Locale localeOf(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale locale : accepted) {
            String language = locale.getLanguage();
            if ("vi".equals(language)) {
                return VIETNAMESE;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return VIETNAMESE;
    }

    public String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
