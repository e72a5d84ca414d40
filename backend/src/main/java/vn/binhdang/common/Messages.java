package vn.binhdang.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
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
        return headers == null ? VIETNAMESE : localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * Vietnamese unless the Accept-Language header prefers English before Vietnamese. Read leniently: a
     * malformed entry or weight ("en;q=", "*;q=abc") is skipped, never an error — the answer to a bad
     * request must itself not fail on the language it is written in.
     */
    public static Locale localeOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return VIETNAMESE;
        }
        double vi = -1;
        double en = -1;
        int position = 0;
        for (String entry : acceptLanguage.split(",", 50)) {
            position++;
            String[] parts = entry.split(";");
            if (parts.length == 0) {
                continue;
            }
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2).strip());
                    } catch (NumberFormatException malformed) {
                        weight = -1;
                    }
                }
            }
            if (!(weight > 0 && weight <= 1)) {
                continue;
            }
            // Earlier entries win among equal weights.
            double rank = weight - position * 1e-6;
            if ((tag.equals("vi") || tag.startsWith("vi-")) && rank > vi) {
                vi = rank;
            } else if ((tag.equals("en") || tag.startsWith("en-")) && rank > en) {
                en = rank;
            }
        }
        return en > vi ? Locale.ENGLISH : VIETNAMESE;
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
