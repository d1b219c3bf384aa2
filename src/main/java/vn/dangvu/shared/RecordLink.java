package vn.dangvu.shared;

/** A link that one module offers on another module's record page (e.g. its audit trail): a label key and a path. */
public record RecordLink(String labelKey, String path) {}
