package vn.dvc.rules;

/** What an indicator's figure counts in: a share in percent, a number of things, or an amount of đồng. */
public enum FigureUnit {
    PERCENT, COUNT, VND
}
