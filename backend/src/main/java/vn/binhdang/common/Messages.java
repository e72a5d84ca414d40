package vn.binhdang.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the API in Vietnamese (default) and English, chosen by the request's Accept-Language. The one
 * place numbers become text: every {@link BigDecimal} argument is written as the language writes it
 * ({@link #decimal}), whole numbers by the language's {@link MessageFormat}; a percentage's sign and
 * spacing belong to each bundle's pattern ("42,4 %" in Vietnamese, "42.4%" in English).
 */
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
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] written = args.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof BigDecimal number) {
                written[i] = decimal(locale, number);
            }
        }
        return new MessageFormat(pattern, locale).format(written);
    }

    /**
     * A decimal as the language writes it, with as many decimals as it carries: 1234.50 is "1.234,50" in
     * Vietnamese (decimal comma, dot between thousands), "1,234.50" in English.
     */
    public static String decimal(Locale locale, BigDecimal value) {
        boolean english = "en".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setMinusSign('-');
        int scale = Math.max(0, value.scale());
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
