"""civkg: a knowledge graph of Chinese civil-affairs (民政) policy documents."""

__version__ = "0.1.0"
