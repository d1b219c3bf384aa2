package vn.dangvu.transfer.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.shared.web.XlsxTable;
import vn.dangvu.transfer.RegisterRow;

/** The transfer registers as an .xlsx: the page's columns, numbers as number cells, dates as date cells. */
@Component
@RequiredArgsConstructor
class RegisterWorkbook {

    private static final List<String> HEADERS = List.of(
            "transfer.register.col.issuer",
            "transfer.register.col.number",
            "transfer.register.col.date",
            "transfer.register.col.letterNumber",
            "transfer.register.col.member",
            "transfer.register.col.kind",
            "transfer.register.col.from",
            "transfer.register.col.to",
            "transfer.register.col.state");

    private final MessageSource messages;

    void write(Consumer<Consumer<RegisterRow>> source, Locale locale, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable(out, messages.getMessage("transfer.register.sheet", null, locale))) {
            table.row(HEADERS.stream()
                    .map(key -> messages.getMessage(key, null, locale))
                    .toList());
            source.accept(r -> table.row(Arrays.asList(
                    r.issuerName(),
                    r.number(),
                    r.letterDate(),
                    r.letterNumber() == null ? "" : r.letterNumber(),
                    r.memberName(),
                    messages.getMessage("enum.TransferKind." + r.kind(), null, locale),
                    r.fromName(),
                    r.toName(),
                    messages.getMessage("enum.TransferState." + r.state(), null, locale))));
        }
    }
}
