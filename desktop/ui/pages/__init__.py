"""The places of the main window: Find, Cart, Orders, Spend, Help."""
