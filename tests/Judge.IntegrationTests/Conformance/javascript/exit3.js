console.log('partial');
process.exitCode = 3;
