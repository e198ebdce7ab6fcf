"""The demo municipality: generated deterministically, in Swedish with Danish and Norwegian."""
