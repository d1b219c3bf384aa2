package vn.dangvu.importing;

import java.util.List;

/** What an import does with a file's rows: the header first, then every row, then a final flush. */
interface FileRows {

    void header(List<Object> cells);

    void row(int rowNumber, List<Object> cells);

    void flush();
}
