"""Well-known D-Bus names of Neuralux."""

BUS_NAME = "org.neuralux.Assistant1"
OBJECT_PATH = "/org/neuralux/Assistant1"
INTERFACE = "org.neuralux.Assistant1"
