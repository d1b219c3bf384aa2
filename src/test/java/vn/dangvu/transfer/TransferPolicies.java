package vn.dangvu.transfer;

import vn.dangvu.member.MemberPolicy;

/** The transfer module's policy for unit tests of other modules' policies, which ask it. */
public final class TransferPolicies {

    private TransferPolicies() {}

    public static TransferPolicy policy() {
        return new TransferPolicy(new MemberPolicy());
    }
}
