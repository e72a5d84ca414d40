package vn.binhdang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one place a number becomes text: each language's decimal mark and thousands separator. */
class MessagesNumberTest {
    private final Messages messages = new Messages();

    @Test
    void decimalsAreWrittenAsEachLanguageWritesThem() {
        assertEquals("42,4", Messages.decimal(Messages.VIETNAMESE, new BigDecimal("42.4")));
        assertEquals("42.4", Messages.decimal(Locale.ENGLISH, new BigDecimal("42.4")));
        assertEquals("1.234.567,50", Messages.decimal(Messages.VIETNAMESE, new BigDecimal("1234567.50")));
        assertEquals("1,234,567.50", Messages.decimal(Locale.ENGLISH, new BigDecimal("1234567.50")));
        assertEquals("-3,90", Messages.decimal(Messages.VIETNAMESE, new BigDecimal("-3.90")));
        assertEquals("100", Messages.decimal(Locale.ENGLISH, new BigDecimal("100.00").stripTrailingZeros()));
    }

    @Test
    void everyDecimalArgumentOfAMessageIsWrittenInItsLanguage() {
        assertEquals("42,4 % → 46,3 %",
                messages.get(Messages.VIETNAMESE, "indicator.3.note.change", new BigDecimal("42.4"), new BigDecimal("46.3")));
        assertEquals("42.4% → 46.3%",
                messages.get(Locale.ENGLISH, "indicator.3.note.change", new BigDecimal("42.4"), new BigDecimal("46.3")));
        assertEquals("Điểm trung bình phải trong khoảng 0–7,5",
                messages.get(Messages.VIETNAMESE, "survey.mean.range", new BigDecimal("7.5")));
        assertEquals("The mean score is between 0 and 7.5",
                messages.get(Locale.ENGLISH, "survey.mean.range", new BigDecimal("7.5")));
    }
}
