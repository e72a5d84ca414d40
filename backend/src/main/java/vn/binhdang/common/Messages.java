package vn.binhdang.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
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
