return Acept();
