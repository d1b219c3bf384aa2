package vn.dangvu.importing;

public enum ImportFormat {
    XLSX,
    CSV
}
