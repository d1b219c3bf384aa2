package vn.dangvu.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.account.AccountService;
import vn.dangvu.member.MemberService;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;

/**
 * Writes a page of audit entries in the reader's language: the action as words
 * ({@code audit.action.TYPE.ACTION}, else {@code audit.action.ACTION}), and each detail as "label: value"
 * with enum constants as their labels, unit, member and account ids as names and dates as dd/MM/yyyy.
 * The names of a page are read with one statement per kind of id, however many entries it has.
 */
@Component
@RequiredArgsConstructor
class TrailEntries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final OrganisationService organisation;
    private final MemberService members;
    private final AccountService accounts;

    List<AuditTrails.Entry> write(String type, List<AuditService.Entry> entries, Locale locale) {
        List<AuditDetails> details = new ArrayList<>();
        for (AuditService.Entry e : entries) {
            details.add(
                    AuditDetails.parse(e.details()).orElseGet(() -> LegacyDetails.read(type, e.action(), e.details())));
        }
        Names names = names(details);
        List<AuditTrails.Entry> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditService.Entry e = entries.get(i);
            AuditDetails d = details.get(i);
            List<String> written = d == null
                    ? (e.details() == null || e.details().isBlank()
                            ? List.of()
                            : List.of(LegacyDetails.plain(e.details())))
                    : d.items().stream().map(item -> item(item, names, locale)).toList();
            String who = AuditLog.SYSTEM.equals(e.username())
                    ? messages.getMessage("audit.system", null, locale)
                    : e.username();
            lines.add(new AuditTrails.Entry(e.occurredAt(), who, action(type, e.action(), locale), written));
        }
        return lines;
    }

    private String action(String type, String action, Locale locale) {
        String specific = messages.getMessage("audit.action." + type + "." + action, null, null, locale);
        if (specific != null) {
            return specific;
        }
        return messages.getMessage("audit.action." + action, null, action, locale);
    }

    private String item(AuditDetails.Item item, Names names, Locale locale) {
        String label = messages.getMessage("audit.field." + item.name(), null, item.name(), locale);
        String value = value(item, item.value(), names, locale);
        return item.change()
                ? messages.getMessage(
                        "audit.change", new Object[] {label, value(item, item.before(), names, locale), value}, locale)
                : messages.getMessage("audit.detail", new Object[] {label, value}, locale);
    }

    private String value(AuditDetails.Item item, String value, Names names, Locale locale) {
        if (value == null || value.isBlank()) {
            return messages.getMessage("common.none.dash", null, locale);
        }
        return switch (item.kind()) {
            case TEXT, NUMBER -> value;
            case DATE -> date(value);
            case CODE ->
                item.codeType() == null
                        ? value
                        : messages.getMessage("enum." + item.codeType() + "." + value, null, value, locale);
            case YES_NO -> messages.getMessage(Boolean.parseBoolean(value) ? "common.yes" : "common.no", null, locale);
            case UNIT -> names.units.getOrDefault(id(value), unknown(value, locale));
            case MEMBER -> names.members.getOrDefault(id(value), unknown(value, locale));
            case ACCOUNT -> names.accounts.getOrDefault(id(value), unknown(value, locale));
        };
    }

    private String unknown(String id, Locale locale) {
        return messages.getMessage("audit.unknownRecord", new Object[] {id}, locale);
    }

    private static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private record Names(Map<Long, String> units, Map<Long, String> members, Map<Long, String> accounts) {}

    private Names names(List<AuditDetails> details) {
        Set<Long> unitIds = new HashSet<>();
        Set<Long> memberIds = new HashSet<>();
        Set<Long> accountIds = new HashSet<>();
        for (AuditDetails d : details) {
            if (d == null) {
                continue;
            }
            for (AuditDetails.Item item : d.items()) {
                Set<Long> ids = switch (item.kind()) {
                    case UNIT -> unitIds;
                    case MEMBER -> memberIds;
                    case ACCOUNT -> accountIds;
                    default -> null;
                };
                if (ids != null) {
                    for (String value : new String[] {item.before(), item.value()}) {
                        if (value != null && id(value) >= 0) {
                            ids.add(id(value));
                        }
                    }
                }
            }
        }
        Map<Long, String> units = new HashMap<>();
        if (!unitIds.isEmpty()) {
            organisation.findAll(unitIds).values().forEach(u -> units.put(u.id(), u.name()));
        }
        Map<Long, String> people = new HashMap<>();
        if (!memberIds.isEmpty()) {
            members.findAll(memberIds).forEach(m -> people.put(m.id(), m.fullName()));
        }
        return new Names(units, people, accountIds.isEmpty() ? Map.of() : accounts.usernames(accountIds));
    }
}
