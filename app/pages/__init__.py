"""The four steps of Alpaca Studio, one page each."""
