package vn.binhdang.people;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Temporary passwords that meet the realm's policy ({@code length(12) and notUsername and notEmail and
 * passwordHistory(3)}): 16 characters with upper- and lower-case letters, digits and a symbol, without look-alike
 * characters (0/O, 1/l/I) so that they can be read out and typed.
 */
final class TemporaryPasswords {
    static final int LENGTH = 16;
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+=?@";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate(String username) {
        while (true) {
            List<Character> chars = new ArrayList<>();
            for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
                chars.add(set.charAt(RANDOM.nextInt(set.length())));
            }
            while (chars.size() < LENGTH) {
                chars.add(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            Collections.shuffle(chars, RANDOM);
            StringBuilder password = new StringBuilder();
            chars.forEach(password::append);
            String candidate = password.toString();
            if (!candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }
}
