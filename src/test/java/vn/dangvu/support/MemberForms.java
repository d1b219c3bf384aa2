package vn.dangvu.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import vn.dangvu.member.Gender;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.member.MemberStatus;

/** Valid member forms with unique ID numbers (prefix 0990, which the demo data does not use). */
public final class MemberForms {

    private static final AtomicLong SERIAL = new AtomicLong();

    private MemberForms() {}

    public static MemberForm form(String name, long branchId) {
        String idNumber = String.format("0990%08d", SERIAL.incrementAndGet());
        return new MemberForm(
                name,
                LocalDate.of(1980, 2, 3),
                Gender.MALE,
                idNumber,
                null,
                LocalDate.of(2005, 6, 7),
                LocalDate.of(2006, 6, 7),
                MemberGroup.COMMUNE_CIVIL_SERVANT,
                "Công chức",
                "UBND xã",
                branchId,
                LocalDate.of(2010, 1, 1),
                null,
                MemberStatus.ACTIVE,
                null);
    }

    public static MemberForm withIdNumber(MemberForm f, String idNumber) {
        return edit(f, d -> d.idNumber = idNumber);
    }

    /** {@code f} with the fields {@code change} sets on its draft, e.g. {@code d -> d.status = EXEMPT}. */
    public static MemberForm edit(MemberForm f, Consumer<Draft> change) {
        Draft draft = new Draft(f);
        change.accept(draft);
        return draft.form();
    }

    /** A member form's fields, to change before {@link #edit} makes the form again. */
    public static final class Draft {
        public String fullName;
        public LocalDate birthDate;
        public Gender gender;
        public String idNumber;
        public String partyCardNumber;
        public LocalDate admittedOn;
        public LocalDate fullMemberOn;
        public MemberGroup group;
        public String position;
        public String workplace;
        public Long branchId;
        public LocalDate joinedBranchOn;
        public Long residenceBranchId;
        public MemberStatus status;
        public Long version;

        private Draft(MemberForm f) {
            fullName = f.fullName();
            birthDate = f.birthDate();
            gender = f.gender();
            idNumber = f.idNumber();
            partyCardNumber = f.partyCardNumber();
            admittedOn = f.admittedOn();
            fullMemberOn = f.fullMemberOn();
            group = f.group();
            position = f.position();
            workplace = f.workplace();
            branchId = f.branchId();
            joinedBranchOn = f.joinedBranchOn();
            residenceBranchId = f.residenceBranchId();
            status = f.status();
            version = f.version();
        }

        private MemberForm form() {
            return new MemberForm(
                    fullName,
                    birthDate,
                    gender,
                    idNumber,
                    partyCardNumber,
                    admittedOn,
                    fullMemberOn,
                    group,
                    position,
                    workplace,
                    branchId,
                    joinedBranchOn,
                    residenceBranchId,
                    status,
                    version);
        }
    }
}
