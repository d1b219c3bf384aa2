package vn.dangvu.shared.jobs;

/** A file a job produced for its starter to download (an export): its name, its media type, its bytes. */
public record JobFile(String filename, String contentType, byte[] content) {}
