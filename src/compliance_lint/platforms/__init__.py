"""One module per platform: what its exported objects look like and how to tell them apart."""
