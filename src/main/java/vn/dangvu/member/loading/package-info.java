/**
 * The member module's loaders that check no actor: batch imports, the demo district and the synthetic
 * dataset use them, after checking the actor's scope themselves. Every row still passes the member
 * form's rules.
 */
@org.springframework.modulith.NamedInterface("loading")
package vn.dangvu.member.loading;
