package com.jobtracker.jobs.logo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A square SVG with a company's initials on a colour derived from its name. The initials are XML-escaped and the
 * SVG holds no script or external reference, so it is safe to serve from our own origin.
 */
final class Monogram {

    private static final String[] COLOURS = {
        "#2563eb", "#7c3aed", "#db2777", "#dc2626", "#ea580c", "#ca8a04", "#16a34a", "#0d9488", "#0891b2", "#4f46e5"
    };

    private Monogram() {}

    static String svg(String name) {
        String initials = initials(name);
        CRC32 crc = new CRC32();
        crc.update(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        String colour = COLOURS[(int) (crc.getValue() % COLOURS.length)];
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" viewBox=\"0 0 128 128\""
                + " role=\"img\" aria-label=\"" + escape(name) + "\">"
                + "<rect width=\"128\" height=\"128\" rx=\"24\" fill=\"" + colour + "\"/>"
                + "<text x=\"64\" y=\"64\" dy=\".35em\" text-anchor=\"middle\" fill=\"#ffffff\""
                + " font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"52\""
                + " font-weight=\"600\">" + escape(initials) + "</text></svg>";
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s\\-_.,&/]+")) {
            if (!word.isEmpty() && initials.codePointCount(0, initials.length()) < 2) {
                int first = word.codePointAt(0);
                if (Character.isLetterOrDigit(first)) {
                    initials.appendCodePoint(Character.toUpperCase(first));
                }
            }
        }
        return initials.isEmpty() ? "?" : initials.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
