"""cscbot: the mail robot of the Customer Standing Committee (CSC)."""

__version__ = "0.1.0"
