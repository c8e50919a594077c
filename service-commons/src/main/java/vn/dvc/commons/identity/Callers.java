package vn.dvc.commons.identity;

import jakarta.enterprise.context.RequestScoped;
import vn.dvc.access.identity.Caller;

/** The caller of the current request ({@link IdentityCheck} sets it). */
@RequestScoped
public class Callers {

    private Caller current = Caller.UNVOUCHED;

    void set(Caller caller) {
        current = caller;
    }

    /** Work done later for a request's caller (an import read in the background) acts as that caller. */
    public void actFor(Caller caller) {
        current = caller;
    }

    public Caller current() {
        return current;
    }
}
