package vn.dangvu.shared;

/** Implemented by the security principal, so that modules can read the actor without knowing accounts. */
public interface ActorHolder {
    Actor actor();
}
