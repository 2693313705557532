import os; __file__ = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'proto.py'); exec(open(__file__).read())
base=None
for names in [['cal'],['cal','com'],['cal','com','ref'],['cal','com','ref','0','100'],['cal','com','ref','pos'],['cal','com','ref','pos','0','100','50'],['cal','com','ref','pos','comp','0','100','50','clim']]:
    cr,c90,c50,med,W=run(names)
    y=np.array([c['y'] for c in cases])
    if base is None: base=cr
    print(names, 'crps %.2f'%cr.mean(), boot(cr).round(2), 'diff vs cal %.2f'%(cr-base).mean(), boot(cr-base).round(2), 'c90 %.2f c50 %.2f mae(med) %.2f'%(c90.mean(),c50.mean(),np.abs(med-y).mean()), W.mean(0).round(2))
