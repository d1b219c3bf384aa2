package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits an .xlsx's parts are held to before POI reads them (issue 16, item 1). */
class TabularReaderLimitsTests {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final long MB = 1024 * 1024;
    private static final java.util.Random RANDOM = new java.util.Random(16);
    private static final TabularReader.Limits LIMITS =
            new TabularReader.Limits(100_000, 200, 200 * MB, 64 * MB, 4 * MB);

    @Test
    void aTextLongerThanExcelWritesIsRefused() {
        String cell = "<c r=\"A1\" t=\"inlineStr\"><is><t>" + letters(300 * 1024) + "</t></is></c>";

        assertThatThrownBy(() -> read(sheet("<row r=\"1\">" + cell + "</row>"), null))
                .hasMessage("import.textTooLong");
    }

    @Test
    void aLongCdataIsOneTextEvenWithAngleBracketsInside() {
        String cell = "<c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA["
                + letters(300 * 1024).replace('a', '<') + "]]></t></is></c>";

        assertThatThrownBy(() -> read(sheet("<row r=\"1\">" + cell + "</row>"), null))
                .hasMessage("import.textTooLong");
    }

    @Test
    void aRowOverFourMegabytesIsRefusedButManyRowsOfThatSizeTogetherAreNot() throws Exception {
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        StringBuilder rows = new StringBuilder();
        for (int c = 0; c < 160; c++) {
            wide.append("<c t=\"inlineStr\"><is><t>").append(letters(30_000)).append("</t></is></c>");
        }
        assertThatThrownBy(() -> read(sheet(wide.append("</row>").toString()), null))
                .hasMessage("import.rowTooLarge");

        // 6 MB of rows of 3 MB, written with a namespace prefix as some tools do
        for (int r = 1; r <= 2; r++) {
            rows.append("<x:row r=\"").append(r).append("\">");
            for (int c = 0; c < 100; c++) {
                rows.append("<x:c t=\"inlineStr\"><x:is><x:t>")
                        .append(letters(30_000))
                        .append("</x:t></x:is></x:c>");
            }
            rows.append("</x:row>");
        }
        String prefixed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"" + MAIN
                + "\"><x:sheetData>" + rows + "</x:sheetData></x:worksheet>";
        List<List<Object>> read = read(prefixed, null);
        assertThat(read).hasSize(2);
        assertThat(read.get(1)).hasSize(100);
        assertThat((String) read.get(1).get(99)).hasSize(30_000);
    }

    @Test
    void stylesOverTheirLimitAreRefused() {
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><cellXfs>" + xfs(400_000) + "</cellXfs></styleSheet>";

        assertThatThrownBy(() -> read(sheet("<row r=\"1\"/>"), styles)).hasMessage("import.partTooLarge");
    }

    /** Random letters, so that the file deflates like text and not like a zip bomb. */
    private static String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    private static String xfs(int count) {
        StringBuilder xfs = new StringBuilder();
        for (int i = 0; i < count; i++) {
            xfs.append("<xf xfId=\"0\" numFmtId=\"")
                    .append(RANDOM.nextInt(1_000_000))
                    .append("\"/>");
        }
        return xfs.toString();
    }

    private static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    private static List<List<Object>> read(String sheet, String styles) throws Exception {
        byte[] file = BloatedWorkbook.withSheet(sheet, styles);
        List<List<Object>> rows = new ArrayList<>();
        TabularReader.read(
                () -> new ByteArrayInputStream(file), TabularReader.Format.XLSX, LIMITS, (n, cells) -> rows.add(cells));
        return rows;
    }
}
