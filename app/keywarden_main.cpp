// placeholder, replaced by the UI work
int main() { return 0; }
