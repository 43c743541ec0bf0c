package com.jobtracker.resumes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds real documents for tests: PDFs with PDFBox, DOCX with POI, and hand-made zips for the hostile cases. */
public final class Documents {

    private Documents() {}

    /** Switches a PDF page to its right-hand column (a two-column layout). */
    public static final String COLUMN_BREAK = "\u000B";

    /**
     * A PDF with one line of text per entry; a line "\f" starts a new page, {@link #COLUMN_BREAK} moves to the right
     * column, and a tab right-aligns the rest of the line.
     */
    public static byte[] pdf(List<String> lines) {
        return pdf(lines, null);
    }

    public static byte[] encryptedPdf(List<String> lines) {
        return pdf(lines, "user-secret");
    }

    private static byte[] pdf(List<String> lines, String userPassword) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            float x = 50;
            for (String line : lines) {
                if (line.equals(COLUMN_BREAK) && page != null) {
                    x = 230;
                    y = 800;
                    continue;
                }
                if (page == null || y < 60 || line.equals("\f")) {
                    if (content != null) {
                        content.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = 800;
                    x = 50;
                    if (line.equals("\f")) {
                        continue;
                    }
                }
                String[] cells = line.split("\t", 2);
                show(content, font, x, y, cells[0]);
                if (cells.length == 2) {
                    // A right-aligned date column, drawn as its own text object like typesetters do.
                    float width = font.getStringWidth(cells[1]) / 1000 * 10;
                    show(content, font, 545 - width, y, cells[1]);
                }
                y -= 14;
            }
            if (content != null) {
                content.close();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A DOCX with one paragraph per line; a line starting with "# " becomes a bold paragraph. */
    public static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                var run = document.createParagraph().createRun();
                if (line.startsWith("# ")) {
                    run.setBold(true);
                    run.setText(line.substring(2));
                } else {
                    run.setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="%s"/>
            </Types>""";
    static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    static final String BODY_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    static final String BODY_END = "</w:t></w:r></w:p></w:body></w:document>";

    /** A minimal hand-made word-processing package; {@code extraEntries} pads it with tiny files. */
    public static byte[] handMadeDocx(String mainContentType, String documentXml, int extraEntries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.formatted(mainContentType));
            put(zip, "_rels/.rels", RELS);
            put(zip, "word/document.xml", documentXml);
            for (int i = 0; i < extraEntries; i++) {
                put(zip, "word/media/pad" + i + ".xml", "<x/>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A DOCX whose document.xml inflates to {@code inflatedMegabytes} of one repeated letter. */
    public static byte[] docxBomb(int inflatedMegabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.formatted(DOCX_MAIN));
            put(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(BODY_START.getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < inflatedMegabytes; i++) {
                zip.write(megabyte);
            }
            zip.write(BODY_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
