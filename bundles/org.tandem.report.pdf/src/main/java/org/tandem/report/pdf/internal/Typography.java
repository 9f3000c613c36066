package org.tandem.report.pdf.internal;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The fonts of one report: DejaVu Sans Condensed, regular and bold, embedded as subsets, and the
 * text they can show. One per document: OpenPDF's fonts hold per-document state.
 */
final class Typography {

    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x55, 0x5b, 0x63);
    static final Color ACCENT = new Color(0x1b, 0x3a, 0x5c);
    static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    static final Color TINT = new Color(0xee, 0xf2, 0xf6);

    /** Drawn for characters the fonts lack (CJK, emoji): the Unicode replacement character. */
    private static final int REPLACEMENT = 0xFFFD;

    private static final String FONTS = "fonts/";

    final BaseFont regular;
    final BaseFont bold;

    private Typography(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The font files, read once: immutable after loading, shared by every rendering. */
    record Files(byte[] regular, byte[] bold) {

        static Files load() {
            return new Files(read("DejaVuSansCondensed.ttf"), read("DejaVuSansCondensed-Bold.ttf"));
        }

        private static byte[] read(String name) {
            try (InputStream in = Typography.class.getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + FONTS + name + " is missing from the bundle "
                            + "org.tandem.report.pdf; rebuild it from its sources");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + FONTS + name, e);
            }
        }
    }

    /** Fonts for one document. */
    static Typography open(Files files) {
        return new Typography(font("DejaVuSansCondensed.ttf", files.regular()),
                font("DejaVuSansCondensed-Bold.ttf", files.bold()));
    }

    private static BaseFont font(String name, byte[] data) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
            font.setSecureRandom(new SubsetTags(name));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the font " + name, e);
        }
    }

    Font regular(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    Font body() {
        return regular(9.5f, TEXT);
    }

    Font small() {
        return regular(8f, MUTED);
    }

    /**
     * {@code text} as the fonts can show it: line breaks as {@code \n}, tabs as spaces, other
     * control characters dropped, and each run of characters the fonts lack as one replacement
     * character, so a comment in Chinese or with emoji never fails and never shows empty boxes.
     */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean replaced = false;
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        for (int i = 0; i < lines.length(); ) {
            int c = lines.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || !Character.isISOControl(c) && shows(c)) {
                out.appendCodePoint(c);
                replaced = false;
            } else if (!Character.isISOControl(c) && !replaced) {
                out.appendCodePoint(shows(REPLACEMENT) ? REPLACEMENT : '?');
                replaced = true;
            }
        }
        return out.toString();
    }

    /** {@link #clean} on one line: line breaks as spaces. */
    String line(String text) {
        return clean(text).replace('\n', ' ').strip();
    }

    private boolean shows(int c) {
        return c == ' ' || regular.charExists(c) && bold.charExists(c);
    }

    /**
     * The random source OpenPDF draws a font subset's six-letter tag from ({@code ABCDEF+Name}),
     * made repeatable: the tag follows from the font's name, so the same report gets the same bytes.
     * The PDF format asks only that different subsets in one file have different tags.
     */
    private static final class SubsetTags extends SecureRandom {

        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private int counter;

        SubsetTags(String name) {
            this.seed = name.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(seed);
                digest.update((byte) counter++);
                byte[] hash = digest.digest();
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = hash[i % hash.length];
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
