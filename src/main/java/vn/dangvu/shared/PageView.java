package vn.dangvu.shared;

import java.util.List;

/** One page of a list, as the templates' pager fragment reads it. Pages count from 0. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public long firstIndex() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastIndex() {
        return (long) page * size + items.size();
    }

    /** Far beyond any list there is, and small enough that its offset fits the int that JPA takes. */
    public static final int LAST_PAGE = 1_000_000;

    public static int safePage(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, LAST_PAGE);
    }
}
