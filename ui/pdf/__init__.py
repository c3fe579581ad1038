"""The PDF wing: the comparison PDF, worksheet and answer key (QtGui only, no widgets)."""
